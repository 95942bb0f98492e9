package dev.firebreak.notify.channel;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.springframework.stereotype.Component;

/**
 * A Slack incoming webhook post: a top-level {@code text} (what notifications and old
 * clients show) and one legacy secondary attachment with a coloured bar, a linked title
 * and short title/value fields. Deliberately no Block Kit: Mattermost and Rocket.Chat
 * accept this same payload on their Slack-compatible incoming webhooks but ignore
 * {@code blocks}. Text is Slack "mrkdwn": {@code &}, {@code <} and {@code >} are escaped
 * as HTML entities and links are written {@code <url|label>}, which Mattermost translates
 * to its own Markdown.
 */
@Component
class SlackChannel implements Channel {

	private final WebhookPoster poster;

	private final Wording wording;

	SlackChannel(WebhookPoster poster, Wording wording) {
		this.poster = poster;
		this.wording = wording;
	}

	@Override
	public ChannelKind kind() {
		return ChannelKind.SLACK;
	}

	@Override
	public void send(Delivery delivery) throws DeliveryFailure {
		poster.post(delivery.destination(), payload(delivery.message()));
	}

	SlackMessage payload(Message message) {
		String links = links(message);
		String text = escape(message.headline()) + (links.isEmpty() ? "" : " — " + links);
		List<String> lines = new ArrayList<>();
		lines.add(escape(message.reason()));
		if (message.body() != null && !message.body().isBlank()) {
			lines.add(escape(message.body()));
		}
		if (!links.isEmpty()) {
			lines.add(links);
		}
		List<SlackField> fields = wording.facts(message)
			.stream()
			.map(fact -> new SlackField(fact.label(), escape(fact.value()), true))
			.toList();
		SlackAttachment attachment = new SlackAttachment(escape(message.headline() + " — " + message.reason()),
				wording.colour(message).hex(), escape(wording.title(message)), wording.openLink(message),
				String.join("\n", lines), fields.isEmpty() ? null : fields);
		return new SlackMessage(text, List.of(attachment));
	}

	private String links(Message message) {
		List<String> links = new ArrayList<>();
		String acknowledge = wording.acknowledgeLink(message);
		if (acknowledge != null) {
			links.add("<" + acknowledge + "|Acknowledge>");
		}
		String open = wording.openLink(message);
		if (open != null) {
			links.add("<" + open + "|Open incident>");
		}
		return String.join(" · ", links);
	}

	/** Slack's three control characters; anything else is shown as sent. */
	static String escape(String text) {
		if (text == null) {
			return "";
		}
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	record SlackMessage(String text, List<SlackAttachment> attachments) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record SlackAttachment(String fallback, String color, String title, @JsonProperty("title_link") String titleLink,
			String text, List<SlackField> fields) {
	}

	record SlackField(String title, String value, @JsonProperty("short") boolean brief) {
	}

}
