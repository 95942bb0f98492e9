package dev.firebreak.probe;

/**
 * The HTTP methods a probe may send: both read-only, so a check never changes anything.
 */
public enum ProbeMethod {

	GET, HEAD

}
