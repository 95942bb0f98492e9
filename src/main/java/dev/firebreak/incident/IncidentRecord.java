package dev.firebreak.incident;

import java.time.Instant;

/**
 * An incident's row as readers of many incidents see it (the issue log, reports): its
 * recorded values only, without its timeline, never loaded as an aggregate and never
 * changed through this type.
 *
 * @param duplicateOf the incident this one was cancelled as a duplicate of
 * @param recurrenceOf the earlier incident of the same alert key that this one repeats
 */
public record IncidentRecord(long id, String title, String service, String team, Severity severity, Impact impact,
		Priority priority, IncidentStatus status, Stage stage, Resolution resolution, int escalationLevel,
		Long duplicateOf, Instant detectedAt, Instant acknowledgedAt, Instant mitigatedAt, Instant resolvedAt,
		Instant closedAt, Instant ackDueAt, Instant resolveDueAt, int occurrences, Long recurrenceOf,
		Instant firstPagedAt) {

	public String number() {
		return Incident.number(id);
	}

	/** Where MTTA starts, by the rule of {@link Incident#acknowledgeClockStart()}. */
	public Instant acknowledgeClockStart() {
		return Incident.acknowledgeClockStart(firstPagedAt, acknowledgedAt, detectedAt);
	}

}
