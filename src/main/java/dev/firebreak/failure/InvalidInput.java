package dev.firebreak.failure;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The request has fields that are missing, malformed or name something unusable. The
 * house answer names every field at once, so that a caller can fix all of them in one go.
 */
public class InvalidInput extends Failure {

	public static final String TITLE = "Invalid request";

	/**
	 * The house shape: title "Invalid request", detail "Fix these fields: a …, b …", the
	 * fields sorted by name.
	 */
	public InvalidInput(List<FieldError> fieldErrors) {
		this(TITLE, fixThese(sorted(fieldErrors), ", "), sorted(fieldErrors));
	}

	public InvalidInput(String field, String message) {
		this(List.of(new FieldError(field, message)));
	}

	/** For a refusal that words its detail its own way. */
	public InvalidInput(String title, String detail, List<FieldError> fieldErrors) {
		super(Kind.INVALID_INPUT, title, detail, fieldErrors, Map.of());
	}

	/**
	 * For a refusal whose callers expect other facts than field errors (a sender's
	 * format).
	 */
	public InvalidInput(String title, String detail, Map<String, Object> properties) {
		super(Kind.INVALID_INPUT, title, detail, List.of(), properties);
	}

	/**
	 * "Fix these fields: " and each field with its message, joined by {@code separator}.
	 */
	public static String fixThese(List<FieldError> fieldErrors, String separator) {
		return "Fix these fields: "
				+ String.join(separator, fieldErrors.stream().map(e -> e.field() + " " + e.message()).toList());
	}

	public static List<FieldError> sorted(List<FieldError> fieldErrors) {
		return fieldErrors.stream().sorted(Comparator.comparing(FieldError::field)).toList();
	}

}
