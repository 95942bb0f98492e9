package dev.firebreak.notify.delivery;

import java.time.Instant;

import dev.firebreak.notify.channel.ChannelKind;
import dev.firebreak.notify.channel.Purpose;

/**
 * One notification as recorded: to whom, by which channel, why, and what became of it.
 *
 * @param incidentId null for tests and reports
 * @param contactMethodId null where a report went to a person's account address
 * @param lastError the last failed attempt's reason, or why it was cancelled
 */
public record Notification(long id, Long incidentId, String username, Long contactMethodId, ChannelKind channel,
		Purpose purpose, NotificationStatus status, int attempts, Instant createdAt, Instant nextAttemptAt,
		Instant sentAt, Instant endedAt, String lastError, String headline) {
}
