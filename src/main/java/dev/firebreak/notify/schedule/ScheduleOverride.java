package dev.firebreak.notify.schedule;

import java.time.Instant;

/**
 * Someone covers a schedule from {@code start} (inclusive) to {@code end} (exclusive),
 * whatever its layers say. Where overrides overlap, the one added last wins. (Named so as
 * not to shadow {@link java.lang.Override}.)
 */
public record ScheduleOverride(long id, long scheduleId, String username, Instant start, Instant end, String note,
		String createdBy) {

	boolean covers(Instant t) {
		return !t.isBefore(start) && t.isBefore(end);
	}

}
