package dev.firebreak.incident;

import java.util.List;

import dev.firebreak.failure.FieldError;
import dev.firebreak.failure.InvalidInput;

/**
 * A report names a service the catalogue does not know, or one that is disabled; the
 * failure names the field.
 */
public class UnknownServiceException extends InvalidInput {

	UnknownServiceException(String service) {
		super(TITLE, message(service), List.of(new FieldError("service", message(service))));
	}

	private static String message(String service) {
		return "No enabled service named '" + service + "' is in the catalogue.";
	}

}
