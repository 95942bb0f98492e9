package dev.firebreak.incident;

/**
 * Someone took the incident, by any way in (a task, a link in a notification, the
 * monitoring tool): whoever is still being paged for it can stop.
 */
public record IncidentAcknowledged(long incidentId, String number, String actor) {
}
