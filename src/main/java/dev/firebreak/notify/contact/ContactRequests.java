package dev.firebreak.notify.contact;

import java.util.List;

import dev.firebreak.notify.channel.ChannelKind;

/** What people send to manage their contact methods and rules. */
public final class ContactRequests {

	private ContactRequests() {
	}

	/**
	 * @param address an email address for EMAIL, the webhook's http(s) URL otherwise
	 */
	public record NewContactMethod(ChannelKind kind, String label, String address) {
	}

	/**
	 * @param priorities P1..P4; empty or null for every priority
	 * @param delayMinutes 0 for at once
	 */
	public record NewRule(Long contactMethodId, List<String> priorities, Integer delayMinutes) {
	}

	/**
	 * A new contact method; {@code secret} is the webhook's signing key, shown this once.
	 */
	public record Created(ContactMethod method, String secret) {
	}

}
