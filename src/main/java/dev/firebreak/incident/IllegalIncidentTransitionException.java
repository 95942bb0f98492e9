package dev.firebreak.incident;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A state change the incident's current status does not allow; answered as 409. */
public class IllegalIncidentTransitionException extends ErrorResponseException {

	IllegalIncidentTransitionException(String number, String action, IncidentStatus status) {
		super(HttpStatus.CONFLICT, problem(number, action, status), null);
	}

	private static ProblemDetail problem(String number, String action, IncidentStatus status) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Incident %s cannot %s while it is %s.".formatted(number, action, status));
		problem.setTitle("Not allowed in the incident's current state");
		return problem;
	}

}
