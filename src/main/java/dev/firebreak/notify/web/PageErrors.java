package dev.firebreak.notify.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.firebreak.failure.Failure;

/**
 * Field messages for the paging forms, from the field errors of the schedule service's
 * refusals (invalid input, or a conflict about a taken name), shown next to the fields
 * they name.
 */
final class PageErrors {

	/** {@code layers[1].participants[2]}, {@code layers[0].restrictions[3].to}. */
	private static final Pattern LAYER_FIELD = Pattern.compile("(layers\\[\\d+]\\.)(\\w+)(?:\\[(\\d+)](?:\\.\\w+)?)?");

	private static final Pattern OTHER_RESTRICTION = Pattern.compile("restrictions\\[(\\d+)]");

	private PageErrors() {
	}

	/**
	 * @return the fields refused, by form field; empty when the refusal names none (the
	 * page shows it as a message, or the error page for anything but 400 and 409)
	 */
	static Map<String, String> of(Failure ex) {
		if (ex.kind() != Failure.Kind.INVALID_INPUT && ex.kind() != Failure.Kind.CONFLICT) {
			throw ex;
		}
		Map<String, String> errors = new LinkedHashMap<>();
		ex.fieldErrors().forEach(error -> add(errors, error.field(), error.message()));
		return errors;
	}

	/**
	 * A layer's list entries belong to the one box the form has for the list: "line 3" of
	 * the restrictions, the participant named in the message.
	 */
	static void add(Map<String, String> errors, String path, String message) {
		String field = path;
		String text = friendly(message);
		Matcher layer = LAYER_FIELD.matcher(path);
		if (layer.matches()) {
			field = layer.group(1) + layer.group(2);
			if (layer.group(3) != null && layer.group(2).equals("restrictions")) {
				// the API counts restrictions from 0, the form's lines from 1
				String counted = OTHER_RESTRICTION.matcher(uncapitalised(message))
					.replaceAll(other -> "line " + (Integer.parseInt(other.group(1)) + 1));
				text = "Line " + (Integer.parseInt(layer.group(3)) + 1) + ": " + counted + ".";
			}
		}
		errors.merge(field, text, (first, second) -> first + " " + second);
	}

	static String friendly(String message) {
		return switch (message) {
			case "must not be null", "must not be blank", "must not be empty" -> "Please fill this in.";
			default -> Character.toUpperCase(message.charAt(0)) + message.substring(1) + ".";
		};
	}

	private static String uncapitalised(String message) {
		return message.equals("must not be null") ? "the time is missing" : message;
	}

}
