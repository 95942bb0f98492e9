package dev.firebreak.suppression;

import java.time.Instant;

/**
 * A new or changed maintenance window, checked by {@link MaintenanceWindows}.
 *
 * @param suppressAlerts null for true
 */
public record MaintenanceWindowRequest(String service, Instant startsAt, Instant endsAt, String description,
		Boolean suppressAlerts) {
}
