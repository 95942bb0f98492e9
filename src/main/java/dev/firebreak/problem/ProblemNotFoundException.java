package dev.firebreak.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Answered as 404. */
class ProblemNotFoundException extends ErrorResponseException {

	ProblemNotFoundException(String problem) {
		super(HttpStatus.NOT_FOUND, detail(problem), null);
	}

	private static ProblemDetail detail(String problem) {
		ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"There is no problem " + problem + ".");
		detail.setTitle("Problem not found");
		return detail;
	}

}
