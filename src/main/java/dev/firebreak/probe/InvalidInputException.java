package dev.firebreak.probe;

import java.util.List;

import dev.firebreak.failure.FieldError;
import dev.firebreak.failure.InvalidInput;

/**
 * Bad input, with every field to fix at once, in the same shape as the API's other input
 * errors.
 */
class InvalidInputException extends InvalidInput {

	InvalidInputException(List<FieldError> errors) {
		super(errors);
	}

	static InvalidInputException of(String field, String message) {
		return new InvalidInputException(List.of(new FieldError(field, message)));
	}

}
