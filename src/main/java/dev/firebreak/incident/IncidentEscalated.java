package dev.firebreak.incident;

/**
 * The incident went one level up its escalation policy: a level nobody answered in time,
 * or a manager's call.
 *
 * @param level the incident's escalation level now (1 after the first escalation)
 * @param trigger what escalated it: {@code policy} or {@code manager}
 */
public record IncidentEscalated(long incidentId, String number, int level, String trigger, String actor) {
}
