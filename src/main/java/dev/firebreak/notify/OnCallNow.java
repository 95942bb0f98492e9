package dev.firebreak.notify;

import java.time.Instant;

/**
 * Who is on call on one schedule at a moment.
 *
 * @param displayName the person's name as shown to people
 * @param until when this person's time on call ends (on this schedule, whatever layer or
 * override keeps them there); null when it goes on past the next
 * {@link OnCall#LOOK_AHEAD}
 */
public record OnCallNow(long scheduleId, String scheduleName, String team, String username, String displayName,
		Instant until) {
}
