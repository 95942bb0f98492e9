package dev.firebreak.notify.link;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import dev.firebreak.notify.NotifyProperties;
import dev.firebreak.notify.channel.Message.Links;

import org.springframework.stereotype.Component;

/**
 * Signed, expiring, single-purpose links in notifications: one acknowledges the incident
 * as the person told (after a confirmation page and a POST, so that a mail scanner
 * following links changes nothing), one opens it. A token names its purpose, incident,
 * notification, person and expiry, signed with HMAC-SHA256 under a key of the
 * installation's ({@link SigningKeys}); changing any of them breaks the signature.
 */
@Component
public class ActionLinks {

	static final String KEY = "action-links";

	public static final String ACKNOWLEDGE = "ack";

	public static final String OPEN = "open";

	private final SigningKeys keys;

	private final NotifyProperties properties;

	ActionLinks(SigningKeys keys, NotifyProperties properties) {
		this.keys = keys;
		this.properties = properties;
	}

	/**
	 * @param acknowledgeable whether to offer the acknowledge link (not once someone has)
	 */
	public Links linksFor(long notificationId, String number, String username, boolean acknowledgeable, Instant now) {
		Instant expires = now.plus(properties.linkValidity());
		String acknowledge = acknowledgeable ? properties.link(
				"/notify/acknowledge/" + number + "?t=" + token(ACKNOWLEDGE, number, notificationId, username, expires))
				: null;
		String open = properties
			.link("/notify/open/" + number + "?t=" + token(OPEN, number, notificationId, username, expires));
		return new Links(acknowledge, open);
	}

	String token(String purpose, String number, long notificationId, String username, Instant expires) {
		String payload = String.join("|", purpose, number, Long.toString(notificationId),
				Long.toString(expires.getEpochSecond()), username);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
				+ keys.sign(KEY, payload);
	}

	/**
	 * Checks a token for this purpose and incident.
	 * @return the claim, or why the link is refused
	 */
	public Check check(String purpose, String number, String token, Instant now) {
		if (token == null || token.indexOf('.') < 0) {
			return Check.refused("This link is incomplete. Open the link from the notification as it was sent.");
		}
		String encoded = token.substring(0, token.indexOf('.'));
		String signature = token.substring(token.indexOf('.') + 1);
		String payload;
		try {
			payload = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return Check.refused("This link has been changed and cannot be used.");
		}
		String[] parts = payload.split("\\|", 5);
		if (parts.length != 5 || !keys.verify(KEY, payload, signature)) {
			return Check.refused("This link has been changed and cannot be used.");
		}
		if (!parts[0].equals(purpose)) {
			return Check.refused("This link is not for this action.");
		}
		if (!parts[1].equals(number)) {
			return Check.refused("This link belongs to another incident (" + parts[1] + "), not " + number + ".");
		}
		Instant expires;
		long notificationId;
		try {
			expires = Instant.ofEpochSecond(Long.parseLong(parts[3]));
			notificationId = Long.parseLong(parts[2]);
		}
		catch (NumberFormatException ex) {
			return Check.refused("This link has been changed and cannot be used.");
		}
		if (now.isAfter(expires)) {
			return Check.refused("This link expired at " + expires + ". Open the incident in Firebreak instead.");
		}
		return new Check(new Claim(parts[0], parts[1], notificationId, parts[4], expires), null);
	}

	/** What a valid link says. */
	public record Claim(String purpose, String number, long notificationId, String username, Instant expires) {
	}

	/** A valid claim, or the refusal to show the person. */
	public record Check(Claim claim, String refusal) {

		static Check refused(String why) {
			return new Check(null, why);
		}

		public boolean valid() {
			return claim != null;
		}

	}

}
