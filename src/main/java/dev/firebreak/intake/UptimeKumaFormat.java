package dev.firebreak.intake;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.incident.Impact;
import dev.firebreak.incident.Severity;

/**
 * Uptime Kuma's webhook: one heartbeat per request. Down opens (critical), up resolves;
 * pending and maintenance are accepted and ignored, as is Kuma's "test notification",
 * which carries no heartbeat.
 */
final class UptimeKumaFormat {

	private UptimeKumaFormat() {
	}

	static List<InboundAlert> read(JsonNode body, Integration integration) {
		JsonNode heartbeat = body.path("heartbeat");
		JsonNode monitor = body.path("monitor");
		if ((heartbeat.isMissingNode() || heartbeat.isNull()) && (monitor.isMissingNode() || monitor.isNull())) {
			return List.of();
		}
		AlertReader reader = new AlertReader();
		JsonNode beat = reader.object(body, "heartbeat", "heartbeat");
		JsonNode watched = reader.object(body, "monitor", "monitor");
		String monitorId = watched == null ? null : reader.identifier(watched, "id", "monitor.id", 100);
		int status = -1;
		if (beat != null) {
			if (!beat.path("status").isInt()) {
				reader.problem("heartbeat.status is required and must be 0, 1, 2 or 3");
			}
			else {
				status = beat.path("status").asInt();
			}
		}
		String name = watched == null ? null : reader.optional(watched, "name", "monitor.name", 255);
		String message = reader.optional(body, "msg", "msg", AlertReader.MAX_TITLE);
		String beatMessage = beat == null ? null : reader.optional(beat, "msg", "heartbeat.msg", 10_000);
		reader.throwIfInvalid();
		if (status != 0 && status != 1) {
			return List.of();
		}
		String title = message != null ? message : (name == null ? "Monitor " + monitorId : name) + " is down";
		return List.of(new InboundAlert(status == 0 ? AlertAction.TRIGGER : AlertAction.RESOLVE, monitorId,
				Severity.CRITICAL, Impact.MEDIUM, title, beatMessage, name, null, body.toString()));
	}

}
