package dev.firebreak.suppression;

import java.util.List;

import dev.firebreak.failure.FieldError;
import dev.firebreak.failure.InvalidInput;

/**
 * Bad input, with every field to fix at once, in the house shape that web maps to a 400
 * or to the form's field errors.
 */
class InvalidInputException extends InvalidInput {

	InvalidInputException(List<FieldError> errors) {
		super(errors);
	}

}
