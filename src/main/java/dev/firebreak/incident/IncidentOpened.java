package dev.firebreak.incident;

/**
 * Published inside the transaction that created the incident, so that listeners (the
 * workflow) act atomically with it.
 */
public record IncidentOpened(long incidentId, String number) {
}
