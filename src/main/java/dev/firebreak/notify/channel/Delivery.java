package dev.firebreak.notify.channel;

import java.time.Instant;

/**
 * One attempt to hand a notification to its channel.
 *
 * @param notificationId the outbox row's id: the receivers' idempotency key
 * @param attachment null but for reports
 */
public record Delivery(long notificationId, Destination destination, Message message, Attachment attachment,
		Instant sentAt) {
}
