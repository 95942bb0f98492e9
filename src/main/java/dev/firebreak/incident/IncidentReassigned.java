package dev.firebreak.incident;

/** The incident moved to another team, whose escalation policy starts over. */
public record IncidentReassigned(long incidentId, String number, String fromTeam, String toTeam, String actor) {
}
