package dev.firebreak.suppression;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A silence or maintenance window the caller named does not exist; answered as 404. */
class NotFoundException extends ErrorResponseException {

	private NotFoundException(String title, String detail) {
		super(HttpStatus.NOT_FOUND, problem(title, detail), null);
	}

	static NotFoundException silence(long id) {
		return new NotFoundException("Silence not found", "There is no silence " + id + ".");
	}

	static NotFoundException window(long id) {
		return new NotFoundException("Maintenance window not found", "There is no maintenance window " + id + ".");
	}

	private static ProblemDetail problem(String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
		problem.setTitle(title);
		return problem;
	}

}
