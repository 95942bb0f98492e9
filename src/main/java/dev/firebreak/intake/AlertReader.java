package dev.firebreak.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.incident.Impact;

/**
 * Helpers the format readers share: required fields collected into one list of problems,
 * lengths capped as the senders' own limits say.
 */
class AlertReader {

	static final int MAX_DEDUP_KEY = 255;

	static final int MAX_TITLE = 1024;

	private final List<String> problems = new ArrayList<>();

	/** A required non-blank string field, or null after noting the problem. */
	String text(JsonNode node, String field, String path, int maxLength) {
		JsonNode value = node.path(field);
		if (!value.isTextual() && !value.isNumber()) {
			problems.add(path + " is required" + (value.isMissingNode() || value.isNull() ? "" : " and must be text"));
			return null;
		}
		String text = value.asText();
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

	void problem(String problem) {
		problems.add(problem);
	}

	void throwIfInvalid() {
		if (!problems.isEmpty()) {
			throw new InvalidAlertException(problems);
		}
	}

	/**
	 * An optional text value, truncated rather than refused: it is description, not
	 * identity.
	 */
	static String optional(JsonNode node, String field, int maxLength) {
		JsonNode value = node.path(field);
		if (!value.isValueNode() || value.isNull() || value.asText().isBlank()) {
			return null;
		}
		String text = value.asText();
		return text.length() > maxLength ? text.substring(0, maxLength) : text;
	}

	/**
	 * Senders rarely say impact; a label {@code impact} of high/medium/low is honoured,
	 * else MEDIUM.
	 */
	static Impact impact(JsonNode labels) {
		String value = optional(labels, "impact", 20);
		if (value != null) {
			for (Impact impact : Impact.values()) {
				if (impact.name().equals(value.trim().toUpperCase(Locale.ROOT))) {
					return impact;
				}
			}
		}
		return Impact.MEDIUM;
	}

}
