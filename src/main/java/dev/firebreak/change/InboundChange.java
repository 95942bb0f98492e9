package dev.firebreak.change;

import java.time.Instant;

/**
 * A change event read from a sender's body, checked, not yet stored.
 *
 * @param changedAt null when the sender did not say: the time of receipt then
 * @param details the sender's further facts as JSON text (PagerDuty's
 * {@code custom_details}), or null
 */
record InboundChange(ChangeFormat format, String dedupKey, String service, String summary, String source,
		String version, String author, String linkHref, String linkText, String details, Instant changedAt) {
}
