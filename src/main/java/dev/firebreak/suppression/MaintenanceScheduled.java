package dev.firebreak.suppression;

import java.time.Instant;

/**
 * A manager scheduled a maintenance window: whoever tells the outside (the status page's
 * subscribers) can announce it. The description is the one the status page shows.
 */
public record MaintenanceScheduled(long id, String service, Instant startsAt, Instant endsAt, String description) {
}
