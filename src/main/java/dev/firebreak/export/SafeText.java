package dev.firebreak.export;

/**
 * Text from people and monitoring tools (titles, service names, RCA notes) goes into
 * workbooks as text cells, never as formulas. A string cell is not evaluated when the
 * file opens, but a value such as {@code =HYPERLINK(...)} would become a live formula
 * once someone edits the cell or saves the sheet as CSV and opens that. So a value
 * starting with {@code = + - @}, a tab or a carriage return gets a leading single quote
 * ({@code '}), the usual spreadsheet convention for "this is text" (OWASP's advice
 * against CSV injection). The JSON reports keep the original text.
 */
final class SafeText {

	private SafeText() {
	}

	static String of(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		char first = text.charAt(0);
		boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
		return risky ? "'" + text : text;
	}

}
