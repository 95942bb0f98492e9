package dev.firebreak.web;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;

/**
 * Values typed or chosen in forms, read into what the features' requests take. A blank
 * field is null (the request's own rules then say whether it is required); anything else
 * that cannot be read is named as such in the errors.
 */
public final class FormValues {

	private FormValues() {
	}

	/** The enum constant the field names, or null. */
	public static <E extends Enum<E>> E option(Class<E> type, String value, String field, Map<String, String> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return Arrays.stream(type.getEnumConstants())
			.filter(constant -> constant.name().equals(value))
			.findFirst()
			.orElseGet(() -> {
				errors.put(field, "Choose one of the options.");
				return null;
			});
	}

	public static Integer integer(String value, String field, Map<String, String> errors) {
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

	public static BigDecimal decimal(String value, String field, Map<String, String> errors) {
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
