package dev.firebreak.report;

import java.time.Duration;
import java.time.Instant;

import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentStatus;
import dev.firebreak.incident.Priority;
import dev.firebreak.incident.Resolution;

/** What reports need of an incident row: where it belongs, and when things happened. */
record IncidentFact(long id, String title, String service, Priority priority, IncidentStatus status,
		Resolution resolution, Instant detectedAt, Instant acknowledgedAt, Instant mitigatedAt, Instant resolvedAt,
		Instant closedAt, Instant ackDueAt, Instant resolveDueAt, Long recurrenceOf, Instant firstPagedAt) {

	String number() {
		return Incident.number(id);
	}

	boolean acknowledgedWithinSla() {
		return acknowledgedAt != null && ackDueAt != null && !acknowledgedAt.isAfter(ackDueAt);
	}

	/** Without a due time (never prioritised) an incident cannot be shown compliant. */
	boolean resolvedWithinSla() {
		return resolvedAt != null && resolveDueAt != null && !resolvedAt.isAfter(resolveDueAt);
	}

	/**
	 * MTTA counts from the first page sent (the rule of
	 * {@code Incident.acknowledgeClockStart}), or from detection when nobody was paged
	 * before someone took it.
	 */
	long millisToAcknowledge() {
		boolean pagedFirst = firstPagedAt != null && !firstPagedAt.isAfter(acknowledgedAt);
		return Duration.between(pagedFirst ? firstPagedAt : detectedAt, acknowledgedAt).toMillis();
	}

	long millisToResolve() {
		return Duration.between(detectedAt, resolvedAt).toMillis();
	}

	/**
	 * When the acknowledge clock stopped, by the rule of {@code sla.SlaState}: at
	 * acknowledgement, at a recovery reported before anyone acknowledged, or at
	 * cancellation; null while it runs.
	 */
	Instant acknowledgeStoppedAt() {
		if (acknowledgedAt != null) {
			return acknowledgedAt;
		}
		if (resolution == Resolution.RECOVERED) {
			return mitigatedAt;
		}
		return cancelledAt();
	}

	/**
	 * When the resolve clock stopped: at resolution or cancellation; null while it runs.
	 */
	Instant resolveStoppedAt() {
		return resolvedAt != null ? resolvedAt : cancelledAt();
	}

	private Instant cancelledAt() {
		return status == IncidentStatus.CANCELLED ? closedAt : null;
	}

}
