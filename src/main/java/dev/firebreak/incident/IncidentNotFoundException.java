package dev.firebreak.incident;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Answered as 404. */
public class IncidentNotFoundException extends ErrorResponseException {

	public IncidentNotFoundException(String number) {
		super(HttpStatus.NOT_FOUND, problem(number), null);
	}

	private static ProblemDetail problem(String number) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"There is no incident " + number + ".");
		problem.setTitle("Incident not found");
		return problem;
	}

}
