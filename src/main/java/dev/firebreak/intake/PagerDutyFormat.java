package dev.firebreak.intake;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.incident.Impact;

/**
 * PagerDuty Events API v2. The integration key travels in the body as
 * {@code routing_key}; a trigger without {@code dedup_key} gets one, which the answer
 * returns so the sender can resolve it later.
 */
final class PagerDutyFormat {

	private static final Set<String> SEVERITIES = Set.of("critical", "error", "warning", "info");

	private PagerDutyFormat() {
	}

	static InboundAlert read(JsonNode event, Integration integration) {
		AlertReader reader = new AlertReader();
		String action = reader.text(event, "event_action", "event_action", 20);
		if (action != null && !Set.of("trigger", "acknowledge", "resolve").contains(action)) {
			reader.problem("event_action must be trigger, acknowledge or resolve");
			action = null;
		}
		String dedupKey = reader.optional(event, "dedup_key", "dedup_key", Integer.MAX_VALUE);
		if (dedupKey != null && dedupKey.length() > AlertReader.MAX_DEDUP_KEY) {
			reader.problem("dedup_key must be at most 255 characters");
		}
		if (dedupKey == null && action != null && !action.equals("trigger")) {
			reader.problem("dedup_key is required to " + action);
		}
		reader.optional(event, "client", "client", 255);
		reader.optional(event, "client_url", "client_url", 10_000);
		String summary = null;
		String severity = null;
		String component = null;
		String group = null;
		if ("trigger".equals(action)) {
			JsonNode payload = reader.object(event, "payload", "payload");
			if (payload != null) {
				summary = reader.text(payload, "summary", "payload.summary", AlertReader.MAX_TITLE);
				reader.text(payload, "source", "payload.source", 255);
				severity = reader.text(payload, "severity", "payload.severity", 20);
				if (severity != null && !SEVERITIES.contains(severity.toLowerCase(Locale.ROOT))) {
					reader.problem("payload.severity must be critical, error, warning or info");
				}
				component = reader.optional(payload, "component", "payload.component", 255);
				group = reader.optional(payload, "group", "payload.group", 255);
				reader.optional(payload, "class", "payload.class", 255);
				reader.optionalTime(payload, "timestamp", "payload.timestamp");
				reader.optionalObject(payload, "custom_details", "payload.custom_details");
			}
		}
		reader.throwIfInvalid();
		AlertAction alertAction = switch (action) {
			case "trigger" -> AlertAction.TRIGGER;
			case "acknowledge" -> AlertAction.ACKNOWLEDGE;
			default -> AlertAction.RESOLVE;
		};
		return new InboundAlert(alertAction, dedupKey != null ? dedupKey : UUID.randomUUID().toString(),
				severity == null ? integration.defaultSeverity()
						: SeverityNames.read(severity, integration.defaultSeverity()),
				Impact.MEDIUM, summary == null ? "(" + action + ")" : summary, null,
				component != null ? component : group, null, event.toString());
	}

	/** The routing key, which is the integration key. */
	static String routingKey(JsonNode event) {
		JsonNode key = event.path("routing_key");
		return key.isTextual() ? key.asText() : null;
	}

}
