package dev.firebreak.suppression;

import java.time.Instant;

/**
 * A manager changed a maintenance window that has not ended: whoever announced it can
 * tell the outside the new times. Raised only when something the public sees changed
 * (service, times or description), not for the alert-suppression switch.
 *
 * @param previousService the service before the change (the same unless it moved)
 * @param changedAt when it was changed; with the new facts, what makes this change one
 */
public record MaintenanceChanged(long id, String service, Instant startsAt, Instant endsAt, String description,
		String previousService, Instant previousStartsAt, Instant previousEndsAt, Instant changedAt) {
}
