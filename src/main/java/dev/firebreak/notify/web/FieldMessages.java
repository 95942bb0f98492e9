package dev.firebreak.notify.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import dev.firebreak.notify.NotifyRequestException;

/**
 * The messages the notify services give for each field of a refused request, worded for a
 * page: they are written to follow the field's name ("must be 1 to 100 characters"), so
 * the page starts them with a capital and ends them with a full stop.
 */
final class FieldMessages {

	private FieldMessages() {
	}

	/**
	 * @param fieldOnPage where each of the service's fields shows on the page (several
	 * fields may share one place; the first message wins)
	 */
	static Map<String, String> of(NotifyRequestException ex, Function<String, String> fieldOnPage) {
		Map<String, String> errors = new LinkedHashMap<>();
		ex.errors().forEach(error -> errors.putIfAbsent(fieldOnPage.apply(error.field()), sentence(error.message())));
		return errors;
	}

	static String sentence(String message) {
		if (message == null || message.isBlank()) {
			return "Please check this.";
		}
		String text = Character.toUpperCase(message.charAt(0)) + message.substring(1);
		return text.endsWith(".") ? text : text + ".";
	}

	/**
	 * A whole number typed into a field, or null when it was left empty; anything else is
	 * named in the errors.
	 */
	static Integer integer(String value, String field, Map<String, String> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			errors.put(field, "Please give a whole number.");
			return null;
		}
	}

}
