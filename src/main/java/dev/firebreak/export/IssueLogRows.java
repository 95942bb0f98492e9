package dev.firebreak.export;

import java.time.Instant;

import dev.firebreak.incident.IncidentStatus;
import dev.firebreak.incident.Resolution;

/** The rows the issue log is made of, as read from the tables. */
final class IssueLogRows {

	private IssueLogRows() {
	}

	record IncidentRow(long id, String title, String service, String team, String severity, String impact,
			String priority, IncidentStatus status, String stage, Resolution resolution, int escalationLevel,
			Long duplicateOf, Instant detectedAt, Instant acknowledgedAt, Instant mitigatedAt, Instant resolvedAt,
			Instant closedAt, Instant ackDueAt, Instant resolveDueAt, int occurrences, Long recurrenceOf,
			Instant firstPagedAt) {

		/**
		 * Where the time to acknowledge starts: the first page sent, else detection (the
		 * rule of {@code Incident.acknowledgeClockStart}).
		 */
		Instant acknowledgeClockStart() {
			return firstPagedAt != null && (acknowledgedAt == null || !firstPagedAt.isAfter(acknowledgedAt))
					? firstPagedAt : detectedAt;
		}
	}

	/**
	 * @param details the JSON text as stored
	 */
	record EntryRow(long id, long incidentId, Instant at, String actor, String type, String details, String hash) {
	}

	record TaskRow(long incidentId, String stage, String team, Instant createdAt, String claimedBy, Instant claimedAt,
			String completedBy, Instant completedAt, Instant endedAt, String outcome) {
	}

}
