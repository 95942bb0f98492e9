package dev.firebreak.notify;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request to the notify feature that cannot be done, as problem+json: 400 with every
 * field to fix at once (the same {@code errors} list of {field, message} the API gives
 * for invalid bodies), 404 or 409. Thrown before anything is saved.
 */
public class NotifyRequestException extends ErrorResponseException {

	private final List<FieldError> errors;

	private NotifyRequestException(HttpStatus status, ProblemDetail problem, List<FieldError> errors) {
		super(status, problem, null);
		this.errors = errors;
	}

	public static NotifyRequestException invalid(List<FieldError> errors) {
		List<FieldError> sorted = errors.stream().sorted(Comparator.comparing(FieldError::field)).toList();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Fix these fields: "
				+ String.join("; ", sorted.stream().map(e -> e.field() + " " + e.message()).toList()));
		problem.setTitle("Invalid request");
		problem.setProperty("errors",
				sorted.stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList());
		return new NotifyRequestException(HttpStatus.BAD_REQUEST, problem, sorted);
	}

	public static NotifyRequestException invalid(String field, String message) {
		return invalid(List.of(new FieldError(field, message)));
	}

	public static NotifyRequestException notFound(String detail) {
		return of(HttpStatus.NOT_FOUND, "Not found", detail);
	}

	public static NotifyRequestException conflict(String detail) {
		return of(HttpStatus.CONFLICT, "Conflict", detail);
	}

	/**
	 * A conflict with what is stored that concerns one field (a name already taken); the
	 * {@code errors} list names the field, so that forms show it there.
	 */
	public static NotifyRequestException conflict(String field, String message) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, field + " " + message + ".");
		problem.setTitle("Conflict");
		problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
		return new NotifyRequestException(HttpStatus.CONFLICT, problem, List.of(new FieldError(field, message)));
	}

	private static NotifyRequestException of(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return new NotifyRequestException(status, problem, List.of());
	}

	/** For the pages: the message to show next to each field. */
	public List<FieldError> errors() {
		return errors;
	}

	public record FieldError(String field, String message) {
	}

}
