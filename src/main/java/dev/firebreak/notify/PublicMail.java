package dev.firebreak.notify;

import java.time.Clock;

import dev.firebreak.notify.channel.ChannelKind;
import dev.firebreak.notify.channel.Message;
import dev.firebreak.notify.channel.Purpose;
import dev.firebreak.notify.delivery.NewNotification;
import dev.firebreak.notify.delivery.Outbox;
import dev.firebreak.notify.link.SigningKeys;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mail to people outside Firebreak (the status page's subscribers), through the outbox:
 * only the words the caller gives, no incident facts, no names, no links into Firebreak
 * but the caller's. Also signs the caller's links, with a key of their own.
 */
@Component
public class PublicMail {

	private static final String KEY = "status-subscriptions";

	private final Outbox outbox;

	private final SigningKeys keys;

	private final Clock clock;

	PublicMail(Outbox outbox, SigningKeys keys, Clock clock) {
		this.outbox = outbox;
		this.keys = keys;
		this.clock = clock;
	}

	/**
	 * Queues one mail in the caller's transaction.
	 * @param unsubscribe the one-click unsubscribe link (also the List-Unsubscribe
	 * header), or null for a mail that is no subscription's (a confirmation)
	 * @param key the same key twice mails once
	 * @return false when a mail with this key was queued before
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean send(String address, String subject, String intro, String body, String unsubscribe, String key) {
		Message message = new Message(Purpose.STATUS, subject, intro, null, address, body,
				new Message.Links(null, null, unsubscribe));
		return outbox
			.enqueue(new NewNotification(null, null, null, ChannelKind.EMAIL, address, Purpose.STATUS, "status:" + key,
					message, null, clock.instant()))
			.isPresent();
	}

	/** A URL-safe signature of the text, for a link that must not be forged. */
	public String sign(String text) {
		return keys.sign(KEY, text);
	}

	public boolean verify(String text, String signature) {
		return signature != null && keys.verify(KEY, text, signature);
	}

}
