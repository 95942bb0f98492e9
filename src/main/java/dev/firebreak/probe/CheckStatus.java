package dev.firebreak.probe;

/**
 * A check's verdict. Degraded answered, but slowly or with a warning (a certificate near
 * its expiry): it counts as up in the availability figures and raises an alert of its own
 * at a lower severity than down.
 */
public enum CheckStatus {

	UP, DEGRADED, DOWN

}
