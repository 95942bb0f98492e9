package dev.firebreak.workflow;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A message for an incident whose route has already ended; answered as 409. */
public class IncidentNotInProgressException extends ErrorResponseException {

	IncidentNotInProgressException(String number) {
		super(HttpStatus.CONFLICT, problem(number), null);
	}

	private static ProblemDetail problem(String number) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Incident " + number + " is no longer in progress, so it cannot take this action.");
		problem.setTitle("Incident not in progress");
		return problem;
	}

}
