package dev.firebreak.change;

import java.time.Instant;

/**
 * A change to a service as its sender reported it.
 *
 * @param source where the change came from: PagerDuty's {@code payload.source}, or a
 * deployment's author (its integration's name when it names none)
 * @param version the deployed version; null for PagerDuty change events
 * @param linkHref the first link the sender gave, if any
 * @param changedAt when the change happened, by the sender's clock (when it was received
 * if the sender did not say)
 * @param dedupKey the sender's key for this change, if it gave one
 */
public record ChangeEvent(long id, long integrationId, ChangeFormat format, String service, String summary,
		String source, String version, String author, String linkHref, String linkText, Instant changedAt,
		Instant receivedAt, String dedupKey) {
}
