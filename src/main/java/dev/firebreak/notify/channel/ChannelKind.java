package dev.firebreak.notify.channel;

/**
 * The ways a notification can travel, each in a wire format its receivers already know.
 */
public enum ChannelKind {

	/** SMTP: plain text and HTML. The address is an email address. */
	EMAIL,
	/** A Slack incoming webhook (Mattermost and Rocket.Chat accept the same payload). */
	SLACK,
	/** A Microsoft Teams incoming webhook or workflow, with an Adaptive Card. */
	TEAMS,
	/** A Discord channel webhook. */
	DISCORD,
	/**
	 * Firebreak's own JSON, signed with HMAC-SHA256 (docs/notify-webhooks.md), for
	 * everything else.
	 */
	WEBHOOK;

	/** Whether the address is a URL (every kind but email). */
	public boolean isWebhook() {
		return this != EMAIL;
	}

}
