package dev.firebreak.incident;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A report names a service the catalogue does not know, or one that is disabled; answered
 * as 400 naming the field.
 */
public class UnknownServiceException extends ErrorResponseException {

	UnknownServiceException(String service) {
		super(HttpStatus.BAD_REQUEST, problem(service), null);
	}

	private static ProblemDetail problem(String service) {
		String message = "No enabled service named '" + service + "' is in the catalogue.";
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
		problem.setTitle("Invalid request");
		problem.setProperty("errors", List.of(Map.of("field", "service", "message", message)));
		return problem;
	}

}
