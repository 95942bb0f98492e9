package dev.firebreak.intake;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.incident.Impact;

/**
 * Firebreak's own small shape for scripts and in-house tools (see docs/api.md):
 * {@code {"dedupKey", "action": trigger|acknowledge|resolve, "title", "severity",
 * "service", "team", "description", "impact"}}.
 */
final class GenericFormat {

	private GenericFormat() {
	}

	static List<InboundAlert> read(JsonNode body, Integration integration) {
		AlertReader reader = new AlertReader();
		String dedupKey = reader.text(body, "dedupKey", "dedupKey", AlertReader.MAX_DEDUP_KEY);
		String action = body.has("action") ? reader.text(body, "action", "action", 20) : "trigger";
		if (action != null && !Set.of("trigger", "acknowledge", "resolve").contains(action)) {
			reader.problem("action must be trigger, acknowledge or resolve");
		}
		String title = "trigger".equals(action) ? reader.text(body, "title", "title", AlertReader.MAX_TITLE)
				: reader.optional(body, "title", "title", AlertReader.MAX_TITLE);
		String severity = reader.optional(body, "severity", "severity", 50);
		Impact impact = reader.impact(body, "");
		String description = reader.optional(body, "description", "description", 10_000);
		String service = reader.optional(body, "service", "service", 255);
		String team = reader.optional(body, "team", "team", 255);
		reader.throwIfInvalid();
		AlertAction alertAction = switch (action) {
			case "trigger" -> AlertAction.TRIGGER;
			case "acknowledge" -> AlertAction.ACKNOWLEDGE;
			default -> AlertAction.RESOLVE;
		};
		return List
			.of(new InboundAlert(alertAction, dedupKey, SeverityNames.read(severity, integration.defaultSeverity()),
					impact, title == null ? "(" + action + ")" : title, description, service, team, body.toString()));
	}

}
