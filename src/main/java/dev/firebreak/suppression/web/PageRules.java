package dev.firebreak.suppression.web;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.firebreak.failure.FieldError;
import dev.firebreak.security.Actor;
import dev.firebreak.security.Role;
import dev.firebreak.failure.Failure;
import dev.firebreak.web.Formats;

import org.springframework.security.core.Authentication;

/**
 * What the suppression pages share: who manages, reading typed times (in the reader's
 * zone, as every page shows them: {@code web.Formats}) and durations, and putting the
 * service's field errors next to the page's fields.
 */
final class PageRules {

	private static final Pattern DURATION_PART = Pattern.compile("(\\d{1,5})\\s*([dhm])");

	private static final Pattern DURATION = Pattern.compile("(\\s*\\d{1,5}\\s*[dhm]\\s*)+");

	private PageRules() {
	}

	/** Managers and admins: the buttons they get, besides the services' own checks. */
	static boolean manages(Authentication authentication) {
		return Actor.of(authentication).hasAnyRole(Role.MANAGER, Role.ADMIN);
	}

	/** A {@code datetime-local} value, read in the reader's zone; null when blank. */
	static Instant instant(String value, String field, Map<String, String> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Formats.readField(value);
		}
		catch (DateTimeParseException ex) {
			errors.put(field, "Please give a date and time, such as 2030-01-31T14:00.");
			return null;
		}
	}

	/** {@code 2h}, {@code 90m}, {@code 1d 12h}. */
	static Optional<Duration> duration(String value, String field, Map<String, String> errors) {
		if (value == null || value.isBlank()) {
			errors.put(field, "Please fill this in.");
			return Optional.empty();
		}
		String text = value.strip().toLowerCase(java.util.Locale.ROOT);
		if (!DURATION.matcher(text).matches()) {
			errors.put(field, "Please give a duration such as 2h, 90m or 1d 12h.");
			return Optional.empty();
		}
		Duration total = Duration.ZERO;
		Matcher part = DURATION_PART.matcher(text);
		while (part.find()) {
			long amount = Long.parseLong(part.group(1));
			total = total.plus(switch (part.group(2)) {
				case "d" -> Duration.ofDays(amount);
				case "h" -> Duration.ofHours(amount);
				default -> Duration.ofMinutes(amount);
			});
		}
		return Optional.of(total);
	}

	/**
	 * The service's {@code errors} list as the page's fields: {@code matchers[i].x} goes
	 * to the page's row {@code rowOf(i)}, {@code endsAt} to the duration when the page
	 * has one.
	 */
	static Map<String, String> fieldErrors(Failure ex, IntUnaryOperator rowOf, String endsAtField) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (ex.kind() != Failure.Kind.INVALID_INPUT) {
			return errors;
		}
		Pattern matcherField = Pattern.compile("matchers\\[(\\d+)]\\.?(\\w*)");
		for (FieldError error : ex.fieldErrors()) {
			String field = error.field();
			String message = friendly(error.message());
			Matcher row = matcherField.matcher(field);
			String page = row.matches() ? "matcher-" + rowOf.applyAsInt(Integer.parseInt(row.group(1)))
					: field.equals("endsAt") ? endsAtField : field;
			errors.putIfAbsent(page,
					row.matches() && !row.group(2).isEmpty() ? label(row.group(2)) + " " + lower(message) : message);
		}
		return errors;
	}

	private static String friendly(String message) {
		return switch (message) {
			case "must not be null", "must not be blank" -> "Please fill this in.";
			default -> Character.toUpperCase(message.charAt(0)) + message.substring(1) + ".";
		};
	}

	private static String label(String part) {
		return switch (part) {
			case "name" -> "Label name:";
			case "operator" -> "Operator:";
			default -> "Value:";
		};
	}

	private static String lower(String message) {
		return Character.toLowerCase(message.charAt(0)) + message.substring(1);
	}

}
