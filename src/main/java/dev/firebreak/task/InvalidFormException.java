package dev.firebreak.task;

import java.util.List;
import java.util.Map;

import dev.firebreak.failure.FieldError;
import dev.firebreak.failure.InvalidInput;

/** A stage form with missing or malformed fields, naming each in the order found. */
class InvalidFormException extends InvalidInput {

	InvalidFormException(String stage, List<Map<String, String>> errors) {
		super(TITLE,
				"The " + stage + " form is incomplete: "
						+ String.join(", ", errors.stream().map(e -> e.get("field") + " " + e.get("message")).toList()),
				errors.stream().map(e -> new FieldError(e.get("field"), e.get("message"))).toList());
	}

}
