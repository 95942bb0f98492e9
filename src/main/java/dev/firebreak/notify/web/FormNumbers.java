package dev.firebreak.notify.web;

import java.util.Map;

/**
 * Whole numbers typed into the paging forms. A field left empty is null (the service then
 * says whether it may be); anything else that is not a number is named in the errors, and
 * the form is not sent on.
 */
final class FormNumbers {

	private FormNumbers() {
	}

	static Integer integer(String value, String field, Map<String, String> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			errors.put(field, "Please give a whole number.");
			return null;
		}
	}

}
