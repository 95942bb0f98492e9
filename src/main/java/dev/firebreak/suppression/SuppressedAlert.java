package dev.firebreak.suppression;

import java.time.Instant;
import java.util.Map;

/**
 * An alert a silence or maintenance window kept from opening an incident.
 *
 * @param alertId intake's inbox id of the alert
 */
public record SuppressedAlert(long alertId, Instant receivedAt, String service, String title, String source,
		Map<String, String> labels, Long silenceId, Long windowId) {
}
