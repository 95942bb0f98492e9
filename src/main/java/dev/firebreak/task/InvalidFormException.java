package dev.firebreak.task;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A stage form with missing or malformed fields; 400 naming each. */
class InvalidFormException extends ErrorResponseException {

	InvalidFormException(String stage, List<Map<String, String>> errors) {
		super(HttpStatus.BAD_REQUEST, problem(stage, errors), null);
	}

	private static ProblemDetail problem(String stage, List<Map<String, String>> errors) {
		ProblemDetail problem = ProblemDetail
			.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The " + stage + " form is incomplete: "
					+ String.join(", ", errors.stream().map(e -> e.get("field") + " " + e.get("message")).toList()));
		problem.setTitle("Invalid request");
		problem.setProperty("errors", errors);
		return problem;
	}

}
