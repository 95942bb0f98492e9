package dev.firebreak.notify;

import java.util.List;
import java.util.Map;

import dev.firebreak.failure.Failure;
import dev.firebreak.failure.FieldError;
import dev.firebreak.failure.InvalidInput;

/**
 * A request to the notify feature that cannot be done: invalid (every field to fix at
 * once), not found, or in conflict with what is stored. One type for all three, so that
 * the paging forms catch whatever their service refuses. Thrown before anything is saved.
 */
public class NotifyRequestException extends Failure {

	private NotifyRequestException(Kind kind, String title, String detail, List<FieldError> errors) {
		super(kind, title, detail, errors, Map.of());
	}

	public static NotifyRequestException invalid(List<FieldError> errors) {
		List<FieldError> sorted = InvalidInput.sorted(errors);
		return new NotifyRequestException(Kind.INVALID_INPUT, InvalidInput.TITLE, InvalidInput.fixThese(sorted, "; "),
				sorted);
	}

	public static NotifyRequestException invalid(String field, String message) {
		return invalid(List.of(new FieldError(field, message)));
	}

	public static NotifyRequestException notFound(String detail) {
		return new NotifyRequestException(Kind.NOT_FOUND, "Not found", detail, List.of());
	}

	public static NotifyRequestException conflict(String detail) {
		return new NotifyRequestException(Kind.CONFLICT, "Conflict", detail, List.of());
	}

	/**
	 * A conflict with what is stored that concerns one field (a name already taken); the
	 * field errors name it, so that forms show it there.
	 */
	public static NotifyRequestException conflict(String field, String message) {
		return new NotifyRequestException(Kind.CONFLICT, "Conflict", field + " " + message + ".",
				List.of(new FieldError(field, message)));
	}

}
