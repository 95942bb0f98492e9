package dev.firebreak.problem;

import dev.firebreak.failure.NotFound;

class ProblemNotFoundException extends NotFound {

	ProblemNotFoundException(String problem) {
		super("Problem not found", "There is no problem " + problem + ".");
	}

}
