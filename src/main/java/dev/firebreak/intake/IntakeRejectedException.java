package dev.firebreak.intake;

import java.util.List;
import java.util.Map;

import dev.firebreak.failure.Failure;

/**
 * An intake request we refuse before storing anything: invalid, too large, or not JSON.
 * The endpoint answers in the sender's conventions: problem+json, or PagerDuty's
 * {@code invalid event}. The problems are the sender's words for what is wrong, not field
 * paths, and go into the answer's {@code errors} list as they are.
 */
class IntakeRejectedException extends Failure {

	private final List<String> problems;

	IntakeRejectedException(Kind kind, String message, List<String> problems) {
		super(kind, null, message, List.of(), problems.isEmpty() ? Map.of() : Map.of("errors", List.copyOf(problems)));
		this.problems = List.copyOf(problems);
	}

	IntakeRejectedException(Kind kind, String message) {
		this(kind, message, List.of());
	}

	List<String> problems() {
		return problems;
	}

}
