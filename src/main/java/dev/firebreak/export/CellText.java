package dev.firebreak.export;

/**
 * What text may go into an issue-log cell. A spreadsheet treats text that starts with
 * {@code = + - @}, a tab or a carriage return (or their full-width forms) as a formula
 * when it is typed, pasted or saved as CSV and opened again, so such text is prefixed
 * with a single quote, the spreadsheet convention for "this is text", and always written
 * as a string cell. Text longer than a cell can hold is cut.
 */
final class CellText {

	/** Excel's limit for one cell. */
	static final int MAX_LENGTH = 32_767;

	static final String CUT_MARK = "… [cut]";

	private static final String FORMULA_STARTS = "=+-@\t\r＝＋－＠";

	private CellText() {
	}

	static String safe(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		String value = FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
		if (value.length() > MAX_LENGTH) {
			value = value.substring(0, MAX_LENGTH - CUT_MARK.length()) + CUT_MARK;
		}
		return value;
	}

}
