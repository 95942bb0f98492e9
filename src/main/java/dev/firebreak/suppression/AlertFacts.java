package dev.firebreak.suppression;

import java.time.Instant;
import java.util.Map;

/**
 * A firing alert as suppression needs to see it, in plain values.
 *
 * @param alertId the sender's alert as the inbox numbered it; recorded, never looked up
 * @param service the service an incident would be opened for
 * @param labels what silences match against
 * @param receivedAt when it arrived: an alert that arrived inside a window is suppressed
 * even when a busy worker gets to it after the window
 * @param source the integration's name
 */
public record AlertFacts(long alertId, String service, Map<String, String> labels, Instant receivedAt, String title,
		String source) {
}
