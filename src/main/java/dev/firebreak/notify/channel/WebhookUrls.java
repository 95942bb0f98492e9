package dev.firebreak.notify.channel;

import java.net.URI;
import java.util.Optional;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * Checks destinations when people save them (the channels branch brings the full one).
 */
public final class WebhookUrls {

	private WebhookUrls() {
	}

	public static Optional<String> urlProblem(String url) {
		try {
			URI uri = URI.create(url);
			if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
				return Optional.of("must be an http or https URL");
			}
			if (uri.getHost() == null) {
				return Optional.of("must name a host");
			}
			return url.length() > 2000 ? Optional.of("must be at most 2000 characters") : Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.of("is not a URL");
		}
	}

	public static Optional<String> emailProblem(String address) {
		try {
			new InternetAddress(address, true).validate();
			return Optional.empty();
		}
		catch (AddressException ex) {
			return Optional.of("is not an email address");
		}
	}

}
