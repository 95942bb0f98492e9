package dev.firebreak.intake;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.firebreak.incident.Impact;

/**
 * Helpers the format readers share: required fields collected into one list of problems,
 * lengths capped as the senders' own limits say. Every field a reader looks at has its
 * type checked, required or not: a value of the wrong type is refused and named, never
 * turned into text (a numeric fingerprint would become a dedup key, a "yesterday" a
 * time), so every format refuses a wrong type the same way.
 */
class AlertReader {

	static final int MAX_DEDUP_KEY = 255;

	static final int MAX_TITLE = 1024;

	// a set: a label read by name is also checked among all labels, and said once
	private final Set<String> problems = new LinkedHashSet<>();

	/** A required non-blank string field, or null after noting the problem. */
	String text(JsonNode node, String field, String path, int maxLength) {
		JsonNode value = node.path(field);
		if (!value.isTextual()) {
			problems.add(path + " is required" + (absent(value) ? "" : " and must be text"));
			return null;
		}
		return checked(value.asText(), path, maxLength);
	}

	/**
	 * A required identifier that senders write as text or as a whole number (Uptime
	 * Kuma's monitor id).
	 */
	String identifier(JsonNode node, String field, String path, int maxLength) {
		JsonNode value = node.path(field);
		if (!value.isTextual() && !value.isIntegralNumber()) {
			problems.add(path + " is required" + (absent(value) ? "" : " and must be text or a whole number"));
			return null;
		}
		return checked(value.asText(), path, maxLength);
	}

	private String checked(String text, String path, int maxLength) {
		if (text.isBlank()) {
			problems.add(path + " must not be blank");
			return null;
		}
		if (text.length() > maxLength) {
			problems.add(path + " must be at most " + maxLength + " characters");
			return null;
		}
		return text;
	}

	/** An object field that must be present. */
	JsonNode object(JsonNode node, String field, String path) {
		JsonNode value = node.path(field);
		if (!value.isObject()) {
			problems.add(path + " is required and must be an object");
			return null;
		}
		return value;
	}

	/**
	 * An object field that may be left out; a missing node when it is (or when it has the
	 * wrong type, after noting the problem).
	 */
	JsonNode optionalObject(JsonNode node, String field, String path) {
		JsonNode value = node.path(field);
		if (absent(value)) {
			return MissingNode.getInstance();
		}
		if (!value.isObject()) {
			problems.add(path + " must be an object");
			return MissingNode.getInstance();
		}
		return value;
	}

	/**
	 * An optional text value, truncated rather than refused when long: it is description,
	 * not identity. Any other type than text is refused.
	 */
	String optional(JsonNode node, String field, String path, int maxLength) {
		JsonNode value = node.path(field);
		if (absent(value)) {
			return null;
		}
		if (!value.isTextual()) {
			problems.add(path + " must be text");
			return null;
		}
		String text = value.asText();
		if (text.isBlank()) {
			return null;
		}
		return text.length() > maxLength ? text.substring(0, maxLength) : text;
	}

	/** Every value of an object of text values (Alertmanager's labels, annotations). */
	void allText(JsonNode object, String path) {
		object.properties().forEach(entry -> {
			if (!entry.getValue().isTextual()) {
				problems.add(path + "." + entry.getKey() + " must be text");
			}
		});
	}

	/** An optional time, written as RFC 3339 text ({@code 2026-05-01T10:00:00Z}). */
	void optionalTime(JsonNode node, String field, String path) {
		JsonNode value = node.path(field);
		if (absent(value)) {
			return;
		}
		try {
			if (!value.isTextual()) {
				throw new DateTimeParseException("not text", value.toString(), 0);
			}
			// PagerDuty documents offsets without a colon (2015-07-17T08:42:58.315+0000)
			OffsetDateTime.parse(value.asText().replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2"));
		}
		catch (DateTimeParseException ex) {
			problems.add(path + " must be a time in RFC 3339 form, such as 2026-05-01T10:00:00Z");
		}
	}

	void problem(String problem) {
		problems.add(problem);
	}

	void throwIfInvalid() {
		if (!problems.isEmpty()) {
			throw new InvalidAlertException(List.copyOf(problems));
		}
	}

	/**
	 * Senders rarely say impact; a value {@code impact} of high/medium/low is honoured,
	 * else MEDIUM.
	 */
	Impact impact(JsonNode node, String path) {
		String value = optional(node, "impact", path + "impact", 20);
		if (value != null) {
			for (Impact impact : Impact.values()) {
				if (impact.name().equals(value.trim().toUpperCase(Locale.ROOT))) {
					return impact;
				}
			}
		}
		return Impact.MEDIUM;
	}

	private static boolean absent(JsonNode value) {
		return value.isMissingNode() || value.isNull();
	}

}
