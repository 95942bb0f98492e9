package dev.firebreak.notify.channel;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * Checks a destination's address before it is saved: an email address for
 * {@link ChannelKind#EMAIL}, an http(s) URL for the webhook kinds. Each answer is a
 * sentence a person can act on, meant to follow the field's name ("address must ...").
 * The address is never repeated in the answer: webhook URLs carry their secret in the
 * path.
 */
public final class DestinationAddresses {

	/** Longer URLs than this are refused; real webhook URLs stay far below it. */
	public static final int MAX_URL_LENGTH = 2000;

	/** The longest address SMTP can carry (RFC 5321's path limit less the brackets). */
	public static final int MAX_EMAIL_LENGTH = 254;

	private DestinationAddresses() {
	}

	/** What is wrong with the address for this kind, or empty when it is fine. */
	public static Optional<String> problem(ChannelKind kind, String address) {
		return kind.isWebhook() ? webhookUrlProblem(address) : emailAddressProblem(address);
	}

	/**
	 * An absolute http or https URL with a host, no user name or password (Firebreak
	 * would not send them), at most {@value #MAX_URL_LENGTH} characters.
	 */
	public static Optional<String> webhookUrlProblem(String url) {
		if (url == null || url.isBlank()) {
			return Optional.of("must be the webhook's URL, starting with https://");
		}
		if (url.length() > MAX_URL_LENGTH) {
			return Optional.of("must be at most " + MAX_URL_LENGTH + " characters long");
		}
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			// the reason only: its index points at the start of the faulty part, not the
			// fault
			return Optional.of("is not a valid URL (" + ex.getReason().toLowerCase(Locale.ROOT) + ")");
		}
		if (!uri.isAbsolute()) {
			return Optional.of("must be an absolute URL starting with https:// or http://");
		}
		String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("https") && !scheme.equals("http")) {
			return Optional.of("must start with https:// or http://, not " + scheme + ":");
		}
		if (uri.getHost() == null || uri.getHost().isBlank()) {
			return Optional.of("must name a host, as in https://chat.example.com/hooks/...");
		}
		if (uri.getRawUserInfo() != null) {
			return Optional.of("must not contain a user name or password before the host");
		}
		return Optional.empty();
	}

	/**
	 * A single plain address such as {@code alice@example.com}: strictly parsed, with a
	 * domain, without a display name, at most {@value #MAX_EMAIL_LENGTH} characters.
	 */
	public static Optional<String> emailAddressProblem(String email) {
		if (email == null || email.isBlank()) {
			return Optional.of("must be an email address such as alice@example.com");
		}
		if (email.length() > MAX_EMAIL_LENGTH) {
			return Optional.of("must be at most " + MAX_EMAIL_LENGTH + " characters long");
		}
		InternetAddress parsed;
		try {
			parsed = new InternetAddress(email, true);
			parsed.validate();
		}
		catch (AddressException ex) {
			return Optional.of("is not a valid email address (" + ex.getMessage() + ")");
		}
		if (!email.equals(parsed.getAddress()) || parsed.getPersonal() != null) {
			return Optional.of("must be the address alone, such as alice@example.com, without a name or brackets");
		}
		int at = email.lastIndexOf('@');
		// a dotless domain stays allowed: alice@localhost reaches a local mail catcher
		if (at < 1 || at == email.length() - 1) {
			return Optional.of("must have a domain after the @, such as alice@example.com");
		}
		return Optional.empty();
	}

}
