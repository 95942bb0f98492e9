package dev.firebreak.sla;

import java.time.Instant;

/**
 * A time the incident waited and its SLA clocks stood still; {@code endedAt} null while
 * it lasts.
 */
public record SlaPause(long id, long incidentId, WaitingReason reason, String note, Instant startedAt, String startedBy,
		Instant endedAt, String endedBy) {

	BusinessHours.Interval interval() {
		return new BusinessHours.Interval(startedAt, endedAt);
	}

}
