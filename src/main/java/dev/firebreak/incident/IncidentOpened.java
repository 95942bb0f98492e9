package dev.firebreak.incident;

/**
 * Published inside the transaction that created the incident, so that listeners (the
 * workflow) act atomically with it. Carries the team so that starting the route needs no
 * second read of the incident.
 */
public record IncidentOpened(long incidentId, String number, String team) {
}
