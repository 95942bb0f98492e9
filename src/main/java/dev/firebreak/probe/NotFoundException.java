package dev.firebreak.probe;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A probe or service the caller named does not exist; answered as 404. */
class NotFoundException extends ErrorResponseException {

	private NotFoundException(String title, String detail) {
		super(HttpStatus.NOT_FOUND, problem(title, detail), null);
	}

	static NotFoundException probe(long id) {
		return new NotFoundException("Probe not found", "There is no live probe " + id + ".");
	}

	static NotFoundException service(String name) {
		return new NotFoundException("Service not found", "No service named '" + name + "' is in the catalogue.");
	}

	private static ProblemDetail problem(String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
		problem.setTitle(title);
		return problem;
	}

}
