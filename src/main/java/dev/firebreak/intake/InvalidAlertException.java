package dev.firebreak.intake;

import java.util.List;

/**
 * The body is JSON but not an alert we can accept; each entry names a field and the
 * problem.
 */
class InvalidAlertException extends RuntimeException {

	private final List<String> problems;

	InvalidAlertException(List<String> problems) {
		super(String.join("; ", problems));
		this.problems = List.copyOf(problems);
	}

	List<String> problems() {
		return problems;
	}

}
