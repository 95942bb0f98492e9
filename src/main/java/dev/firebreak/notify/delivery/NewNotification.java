package dev.firebreak.notify.delivery;

import java.time.Instant;

import dev.firebreak.notify.channel.Attachment;
import dev.firebreak.notify.channel.ChannelKind;
import dev.firebreak.notify.channel.Message;
import dev.firebreak.notify.channel.Purpose;

/**
 * A notification to put in the outbox.
 *
 * @param contactMethodId the person's contact method; null with an {@code address}
 * @param address an email address where no contact method is named
 * @param dedupKey the same key twice writes one notification (a redelivered event)
 * @param dueAt when to send it (later for a rule's delayed step)
 */
public record NewNotification(Long incidentId, String username, Long contactMethodId, ChannelKind channel,
		String address, Purpose purpose, String dedupKey, Message message, Attachment attachment, Instant dueAt) {
}
