package dev.firebreak.notify.channel;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.springframework.stereotype.Component;

import dev.firebreak.notify.channel.Message.IncidentFacts;

/**
 * Firebreak's own signed JSON for every other receiver (ticket systems, SMS gateways,
 * push services). The schema is documented and versioned in docs/notify-webhooks.md:
 * every key is always present (null when it does not apply), times are ISO-8601 UTC, and
 * a change that could break a receiver raises {@code schemaVersion}.
 */
@Component
class WebhookChannel implements Channel {

	static final int SCHEMA_VERSION = 1;

	private final WebhookPoster poster;

	WebhookChannel(WebhookPoster poster) {
		this.poster = poster;
	}

	@Override
	public ChannelKind kind() {
		return ChannelKind.WEBHOOK;
	}

	@Override
	public void send(Delivery delivery) throws DeliveryFailure {
		String secret = delivery.destination().secret();
		if (secret == null || secret.isEmpty()) {
			throw DeliveryFailure.permanentFailure("the webhook has no signing secret", null);
		}
		byte[] body = poster.json(payload(delivery));
		long timestamp = delivery.sentAt().getEpochSecond();
		poster.post(delivery.destination(), body,
				Map.of(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(secret, timestamp, body),
						WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp), WebhookSignature.DELIVERY_HEADER,
						Long.toString(delivery.notificationId())));
	}

	WebhookEvent payload(Delivery delivery) {
		Message message = delivery.message();
		Message.Links links = message.links();
		return new WebhookEvent(SCHEMA_VERSION, delivery.notificationId(), event(message.purpose()),
				iso(delivery.sentAt()), message.headline(), message.reason(), message.recipient(), message.body(),
				incident(message.incident()),
				new WebhookLinks((links != null) ? links.acknowledge() : null, (links != null) ? links.open() : null));
	}

	static String event(Purpose purpose) {
		return switch (purpose) {
			case PAGE -> "incident.paged";
			case SLA_BREACH -> "incident.sla_breached";
			case TEST -> "test";
			case REPORT -> "report";
			case UPDATE -> "incident.updated";
			case STATUS -> "status";
			case FOLLOW_UP -> "follow_up.overdue";
		};
	}

	private static WebhookIncident incident(IncidentFacts facts) {
		if (facts == null) {
			return null;
		}
		return new WebhookIncident(facts.number(), facts.title(), facts.priority(), facts.severity(), facts.status(),
				facts.service(), facts.team(), iso(facts.detectedAt()), iso(facts.acknowledgeDue()),
				iso(facts.resolveDue()), facts.url());
	}

	private static String iso(Instant instant) {
		return (instant != null) ? instant.toString() : null;
	}

	@JsonPropertyOrder({ "schemaVersion", "id", "event", "sentAt", "headline", "reason", "recipient", "body",
			"incident", "links" })
	record WebhookEvent(int schemaVersion, long id, String event, String sentAt, String headline, String reason,
			String recipient, String body, WebhookIncident incident, WebhookLinks links) {
	}

	record WebhookIncident(String number, String title, String priority, String severity, String status, String service,
			String team, String detectedAt, String acknowledgeDue, String resolveDue, String url) {
	}

	record WebhookLinks(String acknowledge, String open) {
	}

}
