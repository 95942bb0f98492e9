package dev.firebreak.notify.web;

import dev.firebreak.notify.channel.ChannelKind;
import dev.firebreak.notify.channel.Purpose;

/** Channels and purposes as people call them. */
final class ChannelNames {

	private ChannelNames() {
	}

	static String of(ChannelKind kind) {
		return switch (kind) {
			case EMAIL -> "Email";
			case SLACK -> "Slack";
			case TEAMS -> "Microsoft Teams";
			case DISCORD -> "Discord";
			case WEBHOOK -> "Webhook";
		};
	}

	/** For the kind picker: what each kind is for. */
	static String described(ChannelKind kind) {
		return switch (kind) {
			case EMAIL -> "Email";
			case SLACK -> "Slack incoming webhook (also Mattermost, Rocket.Chat)";
			case TEAMS -> "Microsoft Teams incoming webhook";
			case DISCORD -> "Discord channel webhook";
			case WEBHOOK -> "Webhook: signed JSON for anything else";
		};
	}

	static String of(Purpose purpose) {
		return switch (purpose) {
			case PAGE -> "Page";
			case SLA_BREACH -> "SLA breach";
			case TEST -> "Test";
			case REPORT -> "Report";
			case UPDATE -> "Public update";
			case STATUS -> "Status page";
			case FOLLOW_UP -> "Follow-up overdue";
		};
	}

}
