package dev.firebreak.suppression;

import java.util.regex.Pattern;

/**
 * One condition on a label, as Alertmanager's silences have them. A label the alert does
 * not have counts as the empty string, and regular expressions must match the whole value
 * (they are anchored), both as in Alertmanager.
 */
public record Matcher(String name, Operator operator, String value) {

	public enum Operator {

		EQUAL("="), NOT_EQUAL("!="), REGEX("=~"), NOT_REGEX("!~");

		private final String symbol;

		Operator(String symbol) {
			this.symbol = symbol;
		}

		public String symbol() {
			return symbol;
		}

	}

	boolean matches(String labelValue) {
		String actual = labelValue == null ? "" : labelValue;
		return switch (operator) {
			case EQUAL -> actual.equals(value);
			case NOT_EQUAL -> !actual.equals(value);
			case REGEX -> Pattern.compile(value).matcher(actual).matches();
			case NOT_REGEX -> !Pattern.compile(value).matcher(actual).matches();
		};
	}

	@Override
	public String toString() {
		return name + operator.symbol() + "\"" + value + "\"";
	}

}
