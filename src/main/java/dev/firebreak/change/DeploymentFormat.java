package dev.firebreak.change;

import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.intake.Integration;

/**
 * Firebreak's deployment JSON: {@code version} (required), {@code service} (a catalogue
 * service; the integration's default service when left out), {@code description},
 * {@code deployedAt} (RFC 3339; when it was received when left out; not in the future),
 * {@code author}, {@code link} (http or https) and {@code dedupKey}. See docs/api.md.
 */
final class DeploymentFormat {

	/** Clocks of senders run a little fast or slow. */
	private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private DeploymentFormat() {
	}

	static InboundChange read(JsonNode body, Integration integration, ServiceCatalogue catalogue, Instant now) {
		ChangeFields fields = new ChangeFields();
		String service = fields.optional(body, "service", "service", 100);
		if (service != null && catalogue.find(service).isEmpty()) {
			fields.error("service", "names no service in the catalogue");
		}
		String version = fields.required(body, "version", "version", 100);
		String description = fields.optional(body, "description", "description", 900);
		Instant deployedAt = fields.optionalTime(body, "deployedAt", "deployedAt");
		if (deployedAt != null && deployedAt.isAfter(now.plus(CLOCK_SKEW))) {
			fields.error("deployedAt", "must not be in the future");
		}
		String author = fields.optional(body, "author", "author", 255);
		String link = fields.optionalLink(body, "link", "link");
		String dedupKey = fields.optional(body, "dedupKey", "dedupKey", 255);
		fields.throwIfInvalid();
		String summary = "Version " + version + (description == null ? "" : ": " + description);
		return new InboundChange(ChangeFormat.DEPLOYMENT, dedupKey,
				service != null ? service : integration.defaultService(), summary,
				author != null ? author : integration.name(), version, author, link, null, null, deployedAt);
	}

}
