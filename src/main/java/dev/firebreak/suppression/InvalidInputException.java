package dev.firebreak.suppression;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Bad input, answered as 400 with the same {@code errors} list of {field, message} that
 * the API gives for invalid request bodies, so that a caller can fix everything at once.
 */
class InvalidInputException extends ErrorResponseException {

	InvalidInputException(List<FieldError> errors) {
		super(HttpStatus.BAD_REQUEST, problem(errors), null);
	}

	private static ProblemDetail problem(List<FieldError> errors) {
		List<FieldError> sorted = errors.stream().sorted(Comparator.comparing(FieldError::field)).toList();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Fix these fields: "
				+ String.join(", ", sorted.stream().map(e -> e.field() + " " + e.message()).toList()));
		problem.setTitle("Invalid request");
		problem.setProperty("errors",
				sorted.stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList());
		return problem;
	}

	record FieldError(String field, String message) {
	}

}
