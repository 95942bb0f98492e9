package dev.firebreak.notify.contact;

import java.time.Instant;

import dev.firebreak.notify.channel.ChannelKind;

/**
 * Where a person can be told, as people see it: a webhook's URL is a credential, so only
 * its scheme and host are ever shown back; a webhook's signing secret is shown once, when
 * it is made.
 *
 * @param failingSince set when a notification to it was given up on; cleared by the next
 * delivery
 */
public record ContactMethod(long id, String username, ChannelKind kind, String label, String address, Instant createdAt,
		Instant lastSuccessAt, Instant failingSince, String lastError, Instant lastErrorAt) {

	/** The address as shown on pages and in the API. */
	public String shownAddress() {
		if (!kind.isWebhook()) {
			return address;
		}
		int hostEnd = address.indexOf('/', address.indexOf("//") + 2);
		return (hostEnd < 0 ? address : address.substring(0, hostEnd)) + "/…";
	}

	public boolean failing() {
		return failingSince != null;
	}

}
