package dev.firebreak.change;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.failure.FieldError;
import dev.firebreak.failure.InvalidInput;

/**
 * Reads a change event's fields and collects every problem, so that one answer names them
 * all. A value of the wrong type is refused and named, never turned into text.
 */
final class ChangeFields {

	private final List<FieldError> errors = new ArrayList<>();

	/** A required non-blank text field, or null after noting the problem. */
	String required(JsonNode node, String field, String path, int maxLength) {
		JsonNode value = node.path(field);
		if (!value.isTextual()) {
			errors.add(new FieldError(path, absent(value) ? "is required" : "must be text"));
			return null;
		}
		if (value.asText().isBlank()) {
			errors.add(new FieldError(path, "must not be blank"));
			return null;
		}
		return capped(value.asText(), path, maxLength);
	}

	/** An optional text field; blank is the same as absent. */
	String optional(JsonNode node, String field, String path, int maxLength) {
		JsonNode value = node.path(field);
		if (absent(value)) {
			return null;
		}
		if (!value.isTextual()) {
			errors.add(new FieldError(path, "must be text"));
			return null;
		}
		return value.asText().isBlank() ? null : capped(value.asText(), path, maxLength);
	}

	/** An optional object, as JSON text, or null. */
	String optionalObject(JsonNode node, String field, String path) {
		JsonNode value = node.path(field);
		if (absent(value)) {
			return null;
		}
		if (!value.isObject()) {
			errors.add(new FieldError(path, "must be an object"));
			return null;
		}
		return value.toString();
	}

	/** An optional http or https address. */
	String optionalLink(JsonNode node, String field, String path) {
		String text = optional(node, field, path, 2048);
		if (text == null) {
			return null;
		}
		try {
			URI uri = new URI(text);
			if (uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
				return text;
			}
		}
		catch (URISyntaxException ex) {
			// named below
		}
		errors.add(new FieldError(path, "must be an http or https address"));
		return null;
	}

	/**
	 * An optional time in RFC 3339 form; PagerDuty documents offsets without a colon
	 * ({@code 2015-07-17T08:42:58.315+0000}), which is taken too.
	 */
	Instant optionalTime(JsonNode node, String field, String path) {
		JsonNode value = node.path(field);
		if (absent(value)) {
			return null;
		}
		try {
			if (value.isTextual()) {
				return OffsetDateTime.parse(value.asText().replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2")).toInstant();
			}
		}
		catch (DateTimeParseException ex) {
			// named below
		}
		errors.add(new FieldError(path, "must be a time in RFC 3339 form, such as 2026-05-01T10:00:00Z"));
		return null;
	}

	void error(String path, String message) {
		errors.add(new FieldError(path, message));
	}

	/**
	 * @throws InvalidInput naming every field to fix
	 */
	void throwIfInvalid() {
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
	}

	private String capped(String text, String path, int maxLength) {
		if (text.length() > maxLength) {
			errors.add(new FieldError(path, "must be at most " + maxLength + " characters"));
			return null;
		}
		return text;
	}

	static boolean absent(JsonNode value) {
		return value.isMissingNode() || value.isNull();
	}

}
