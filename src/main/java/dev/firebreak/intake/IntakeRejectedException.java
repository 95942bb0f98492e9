package dev.firebreak.intake;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * An intake request we refuse before storing anything. The endpoint turns it into the
 * sender's conventions: problem+json, or PagerDuty's {@code invalid event}.
 */
class IntakeRejectedException extends RuntimeException {

	private final HttpStatus status;

	private final List<String> problems;

	IntakeRejectedException(HttpStatus status, String message, List<String> problems) {
		super(message);
		this.status = status;
		this.problems = List.copyOf(problems);
	}

	IntakeRejectedException(HttpStatus status, String message) {
		this(status, message, List.of());
	}

	HttpStatus status() {
		return status;
	}

	List<String> problems() {
		return problems;
	}

}
