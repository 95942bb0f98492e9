package dev.firebreak.notify.schedule;

import java.time.Instant;

/**
 * Someone covers the schedule from {@code start} to {@code end}.
 *
 * @param note optional, such as "covering for Ravi (dentist)"
 */
public record OverrideRequest(String username, Instant start, Instant end, String note) {

	public OverrideRequest {
		username = username == null ? null : username.strip();
		note = note == null || note.isBlank() ? null : note.strip();
	}

}
