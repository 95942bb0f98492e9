package dev.firebreak.notify.channel;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.springframework.stereotype.Component;

/**
 * A Microsoft Teams post carrying an Adaptive Card, the shape both the classic incoming
 * webhook connector and a Workflows "when a Teams webhook request is received" flow take:
 * a {@code message} activity whose single attachment has the content type
 * {@code application/vnd.microsoft.card.adaptive} and the card as {@code content}. Card
 * schema 1.4, which Teams renders; Teams runs {@code Action.OpenUrl} (not
 * {@code Action.Submit}) from webhook cards, so both links are OpenUrl buttons.
 */
@Component
class TeamsChannel implements Channel {

	static final String CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";

	private final WebhookPoster poster;

	private final Wording wording;

	TeamsChannel(WebhookPoster poster, Wording wording) {
		this.poster = poster;
		this.wording = wording;
	}

	@Override
	public ChannelKind kind() {
		return ChannelKind.TEAMS;
	}

	@Override
	public void send(Delivery delivery) throws DeliveryFailure {
		poster.post(delivery.destination(), payload(delivery.message()));
	}

	TeamsMessage payload(Message message) {
		List<Object> body = new ArrayList<>();
		body.add(
				new TextBlock(wording.title(message), "Bolder", "Medium", wording.colour(message).adaptiveCardColor()));
		body.add(new TextBlock(message.reason(), null, null, null));
		if (message.body() != null && !message.body().isBlank()) {
			body.add(new TextBlock(message.body(), null, null, null));
		}
		List<Fact> facts = wording.facts(message).stream().map(fact -> new Fact(fact.label(), fact.value())).toList();
		if (!facts.isEmpty()) {
			body.add(new FactSet(facts));
		}
		List<OpenUrl> actions = new ArrayList<>();
		String acknowledge = wording.acknowledgeLink(message);
		if (acknowledge != null) {
			actions.add(new OpenUrl("Acknowledge", acknowledge));
		}
		String open = wording.openLink(message);
		if (open != null) {
			actions.add(new OpenUrl("Open incident", open));
		}
		AdaptiveCard card = new AdaptiveCard(body, actions.isEmpty() ? null : actions,
				message.headline() + " — " + message.reason());
		return new TeamsMessage(List.of(new CardAttachment(card)));
	}

	@JsonPropertyOrder({ "type", "attachments" })
	record TeamsMessage(List<CardAttachment> attachments) {

		@JsonProperty
		String type() {
			return "message";
		}

	}

	@JsonPropertyOrder({ "contentType", "contentUrl", "content" })
	record CardAttachment(AdaptiveCard content) {

		@JsonProperty
		String contentType() {
			return CARD_CONTENT_TYPE;
		}

		/** The documented webhook example sends it as an explicit null. */
		@JsonProperty
		Object contentUrl() {
			return null;
		}

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonPropertyOrder({ "$schema", "type", "version", "body", "actions", "fallbackText" })
	record AdaptiveCard(List<Object> body, List<OpenUrl> actions, String fallbackText) {

		@JsonProperty("$schema")
		String schema() {
			return "http://adaptivecards.io/schemas/adaptive-card.json";
		}

		@JsonProperty
		String type() {
			return "AdaptiveCard";
		}

		@JsonProperty
		String version() {
			return "1.4";
		}

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonPropertyOrder({ "type", "text" })
	record TextBlock(String text, String weight, String size, String color) {

		@JsonProperty
		String type() {
			return "TextBlock";
		}

		@JsonProperty
		boolean wrap() {
			return true;
		}

	}

	@JsonPropertyOrder({ "type", "facts" })
	record FactSet(List<Fact> facts) {

		@JsonProperty
		String type() {
			return "FactSet";
		}

	}

	record Fact(String title, String value) {
	}

	@JsonPropertyOrder({ "type", "title", "url" })
	record OpenUrl(String title, String url) {

		@JsonProperty
		String type() {
			return "Action.OpenUrl";
		}

	}

}
