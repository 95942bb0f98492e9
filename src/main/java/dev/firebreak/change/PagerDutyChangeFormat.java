package dev.firebreak.change;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.intake.Integration;

/**
 * PagerDuty's Events API v2 change event: {@code routing_key} (the integration key),
 * {@code payload.summary} (required, at most 1024 characters), {@code payload.source},
 * {@code payload.timestamp}, {@code payload.custom_details} (an object) and {@code links}
 * (objects with {@code href} and {@code text}). PagerDuty's change events carry no dedup
 * key; Firebreak takes an optional {@code dedup_key}, as alert events have. The service
 * is the integration's, as PagerDuty routes a change by its key.
 */
final class PagerDutyChangeFormat {

	private PagerDutyChangeFormat() {
	}

	static InboundChange read(JsonNode event, Integration integration) {
		ChangeFields fields = new ChangeFields();
		String dedupKey = fields.optional(event, "dedup_key", "dedup_key", 255);
		String summary = null;
		String source = null;
		String details = null;
		Instant at = null;
		JsonNode payload = event.path("payload");
		if (!payload.isObject()) {
			fields.error("payload", ChangeFields.absent(payload) ? "is required" : "must be an object");
		}
		else {
			summary = fields.required(payload, "summary", "payload.summary", 1024);
			source = fields.optional(payload, "source", "payload.source", 255);
			at = fields.optionalTime(payload, "timestamp", "payload.timestamp");
			details = fields.optionalObject(payload, "custom_details", "payload.custom_details");
		}
		String linkHref = null;
		String linkText = null;
		JsonNode links = event.path("links");
		if (!ChangeFields.absent(links) && !links.isArray()) {
			fields.error("links", "must be a list of objects");
		}
		else if (links.isArray()) {
			for (int i = 0; i < links.size(); i++) {
				JsonNode link = links.get(i);
				String path = "links[" + i + "]";
				if (!link.isObject()) {
					fields.error(path, "must be an object");
					continue;
				}
				if (ChangeFields.absent(link.path("href"))) {
					fields.error(path + ".href", "is required");
				}
				String href = fields.optionalLink(link, "href", path + ".href");
				String text = fields.optional(link, "text", path + ".text", 255);
				if (i == 0) {
					linkHref = href;
					linkText = text;
				}
			}
		}
		fields.throwIfInvalid();
		return new InboundChange(ChangeFormat.PAGERDUTY, dedupKey, integration.defaultService(), summary, source, null,
				null, linkHref, linkText, details, at);
	}

}
