package dev.firebreak.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;

import dev.firebreak.failure.Failure;

/**
 * Field messages for a form, shown next to the fields. They come from the same checks the
 * API makes: the API's request records' constraints, and the field errors of the
 * features' invalid-input failures.
 */
public final class FormErrors {

	private FormErrors() {
	}

	public static Map<String, String> of(Set<? extends ConstraintViolation<?>> violations) {
		Map<String, String> errors = new LinkedHashMap<>();
		violations.forEach(v -> errors.putIfAbsent(field(v.getPropertyPath().toString()), friendly(v.getMessage())));
		return errors;
	}

	/**
	 * @return the fields a service refused, or an empty map when the refusal is not about
	 * fields (a conflict, a missing incident), which pages show as a message instead
	 */
	public static Map<String, String> of(Failure ex) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (ex.kind() == Failure.Kind.INVALID_INPUT) {
			ex.fieldErrors().forEach(error -> errors.putIfAbsent(field(error.field()), friendly(error.message())));
		}
		return errors;
	}

	/**
	 * What to tell above a form when a refusal names no field: a conflict (a name already
	 * taken) or a bad request without an errors list. Anything else (not found, a
	 * failure) is for the error page.
	 */
	public static String problem(Failure ex) {
		if (ex.kind() != Failure.Kind.INVALID_INPUT && ex.kind() != Failure.Kind.CONFLICT) {
			throw ex;
		}
		String detail = ex.detail();
		return detail == null ? "That did not work; nothing was changed." : detail;
	}

	/** "fiveWhys[2]" and "fiveWhys" are the same field on a page. */
	private static String field(String path) {
		int cut = path.indexOf('[');
		return cut < 0 ? path : path.substring(0, cut);
	}

	private static String friendly(String message) {
		return switch (message) {
			case "must not be null", "must not be blank", "must not be empty" -> "Please fill this in.";
			default -> Character.toUpperCase(message.charAt(0)) + message.substring(1) + ".";
		};
	}

}
