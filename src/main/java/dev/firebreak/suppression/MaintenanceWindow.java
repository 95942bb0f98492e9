package dev.firebreak.suppression;

import java.time.Instant;

/**
 * Planned work on one service. Active is computed from its times: cancelling one that has
 * not started makes it zero-length, and ending one early moves its end to that moment.
 *
 * @param suppressAlerts false: announced only, the service's alerts open incidents as
 * usual
 * @param suppressedAlerts how many alerts it has suppressed so far
 */
public record MaintenanceWindow(long id, String service, Instant startsAt, Instant endsAt, String description,
		boolean suppressAlerts, String createdBy, Instant createdAt, String updatedBy, Instant updatedAt,
		String cancelledBy, Instant cancelledAt, long suppressedAlerts) {

	public enum State {

		SCHEDULED, IN_PROGRESS, ENDED, CANCELLED

	}

	public State state(Instant now) {
		if (cancelledAt != null && !endsAt.isAfter(startsAt)) {
			return State.CANCELLED;
		}
		if (!endsAt.isAfter(now)) {
			return State.ENDED;
		}
		return startsAt.isAfter(now) ? State.SCHEDULED : State.IN_PROGRESS;
	}

}
