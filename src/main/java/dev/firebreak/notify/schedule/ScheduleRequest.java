package dev.firebreak.notify.schedule;

import java.util.List;

/**
 * What a manager or admin sends to create or replace a schedule.
 * {@link ScheduleValidator} checks all of it at once.
 *
 * @param team fixed once the schedule exists
 * @param timeZone an IANA zone such as {@code Europe/Berlin}
 * @param layers lowest first; a higher layer wins wherever it has someone
 * @param version for a replacement: the version it was made from (a newer one is a
 * conflict); ignored on create
 */
public record ScheduleRequest(String team, String name, String description, String timeZone, List<Layer> layers,
		Integer version) {

	public ScheduleRequest {
		name = name == null ? null : name.strip();
		description = description == null || description.isBlank() ? null : description.strip();
		timeZone = timeZone == null ? null : timeZone.strip();
	}

}
