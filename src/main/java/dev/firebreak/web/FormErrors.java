package dev.firebreak.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Field messages for a form, shown next to the fields. They come from the same checks the
 * API makes: the API's request records' constraints, and the {@code errors} list the
 * features' services put into a 400.
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
	public static Map<String, String> of(ErrorResponseException ex) {
		Map<String, String> errors = new LinkedHashMap<>();
		ProblemDetail problem = ex.getBody();
		if (ex.getStatusCode().value() == HttpStatus.BAD_REQUEST.value() && problem.getProperties() != null
				&& problem.getProperties().get("errors") instanceof List<?> list) {
			for (Object item : list) {
				if (item instanceof Map<?, ?> error) {
					errors.putIfAbsent(field(String.valueOf(error.get("field"))),
							friendly(String.valueOf(error.get("message"))));
				}
			}
		}
		return errors;
	}

	/**
	 * What to tell above a form when a refusal names no field: a conflict (a name already
	 * taken) or a bad request without an errors list. Anything else (not found, a
	 * failure) is for the error page.
	 */
	public static String problem(ErrorResponseException ex) {
		int status = ex.getStatusCode().value();
		if (status != HttpStatus.BAD_REQUEST.value() && status != HttpStatus.CONFLICT.value()) {
			throw ex;
		}
		String detail = ex.getBody().getDetail();
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
