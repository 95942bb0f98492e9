package dev.firebreak.ui;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Numbers typed into forms. A blank field is null (the request's own rules then say
 * whether it is required); anything else that is not a number is named as such.
 */
final class Numbers {

	private Numbers() {
	}

	static Integer integer(String value, String field, Map<String, String> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.trim());
		}
		catch (NumberFormatException ex) {
			errors.put(field, "Please give a whole number.");
			return null;
		}
	}

	static BigDecimal decimal(String value, String field, Map<String, String> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(value.trim());
		}
		catch (NumberFormatException ex) {
			errors.put(field, "Please give a number, such as 99.9.");
			return null;
		}
	}

}
