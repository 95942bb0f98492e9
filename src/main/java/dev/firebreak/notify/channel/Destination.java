package dev.firebreak.notify.channel;

/**
 * Where a notification goes.
 *
 * @param address an email address, or the webhook's URL
 * @param secret the HMAC key of a {@link ChannelKind#WEBHOOK}; null for the others
 */
public record Destination(ChannelKind kind, String address, String secret) {

	@Override
	public String toString() {
		// webhook URLs and secrets are credentials: never in a log line
		return kind + (kind.isWebhook() ? " webhook" : " " + address);
	}

}
