package dev.firebreak.incident.web;

import dev.firebreak.failure.InvalidInput;

/** A request field that is well-formed but names something unusable. */
class InvalidFieldException extends InvalidInput {

	InvalidFieldException(String field, String message) {
		super(field, message);
	}

}
