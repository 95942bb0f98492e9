package dev.firebreak.suppression;

import java.time.Instant;

/**
 * A manager cancelled a maintenance window before it began, or ended a running one early.
 *
 * @param startsAt the start it had
 * @param endsAt the end it had before it was cancelled
 * @param endedEarly true when it was running and ends now, false when it never began
 */
public record MaintenanceCancelled(long id, String service, Instant startsAt, Instant endsAt, String description,
		boolean endedEarly, Instant cancelledAt) {
}
