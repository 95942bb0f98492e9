package dev.firebreak.notify.channel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.springframework.stereotype.Component;

/**
 * A Discord "execute webhook" body: a short {@code content} line and one rich embed
 * (title linked by {@code url}, Markdown {@code description}, {@code color} as a 24-bit
 * integer, name/value/inline {@code fields}, an ISO-8601 {@code timestamp}). An empty
 * {@code allowed_mentions.parse} list means nothing in the text (an incident title saying
 * "@everyone", say) can ping anybody. Discord refuses bodies over its limits (content
 * 2000 characters, embed title 256, description 4096, field value 1024), so long text is
 * cut to fit.
 */
@Component
class DiscordChannel implements Channel {

	private final WebhookPoster poster;

	private final Wording wording;

	DiscordChannel(WebhookPoster poster, Wording wording) {
		this.poster = poster;
		this.wording = wording;
	}

	@Override
	public ChannelKind kind() {
		return ChannelKind.DISCORD;
	}

	@Override
	public void send(Delivery delivery) throws DeliveryFailure {
		poster.post(delivery.destination(), payload(delivery.message(), delivery.sentAt()));
	}

	DiscordMessage payload(Message message, Instant sentAt) {
		List<String> lines = new ArrayList<>();
		lines.add(escape(message.reason()));
		if (message.body() != null && !message.body().isBlank()) {
			lines.add(escape(message.body()));
		}
		List<String> links = new ArrayList<>();
		String acknowledge = wording.acknowledgeLink(message);
		if (acknowledge != null) {
			links.add("[Acknowledge](" + acknowledge + ")");
		}
		String open = wording.openLink(message);
		if (open != null) {
			links.add("[Open incident](" + open + ")");
		}
		String linkLine = String.join(" · ", links);
		String description = clip(String.join("\n\n", lines), 4096 - linkLine.length() - 2);
		if (!linkLine.isEmpty()) {
			description = description + "\n\n" + linkLine;
		}
		List<Field> fields = wording.facts(message)
			.stream()
			.map(fact -> new Field(fact.label(), clip(escape(fact.value()), 1024), true))
			.toList();
		Embed embed = new Embed(clip(wording.title(message), 256), open, description, wording.colour(message).rgb(),
				fields.isEmpty() ? null : fields, sentAt.toString());
		return new DiscordMessage(clip(escape(message.headline()), 2000), List.of(embed),
				new AllowedMentions(List.of()));
	}

	/**
	 * Discord Markdown's formatting characters, shown literally with a backslash before,
	 * so that an incident's text cannot bold, hide or link anything.
	 */
	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			if ("\\*_~`|>[]#".indexOf(c) >= 0) {
				escaped.append('\\');
			}
			escaped.append(c);
		}
		return escaped.toString();
	}

	private static String clip(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

	record DiscordMessage(String content, List<Embed> embeds,
			@JsonProperty("allowed_mentions") AllowedMentions allowedMentions) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Embed(String title, String url, String description, int color, List<Field> fields, String timestamp) {
	}

	record Field(String name, String value, boolean inline) {
	}

	record AllowedMentions(List<String> parse) {
	}

}
