package dev.firebreak.probe;

/**
 * What one check found.
 *
 * @param statusCode null when no answer came (connection error, timeout)
 * @param responseMs from sending the request to the end of the (capped) body; null
 * without an answer
 * @param error why the check counts as down; null when up
 */
record CheckResult(boolean up, Integer statusCode, Integer responseMs, String error) {

	/** The longest error text kept; the column holds 500 characters. */
	static final int MAX_ERROR = 500;

	static CheckResult up(int statusCode, int responseMs) {
		return new CheckResult(true, statusCode, responseMs, null);
	}

	static CheckResult down(Integer statusCode, Integer responseMs, String error) {
		String text = error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR - 1) + "…" : error;
		return new CheckResult(false, statusCode, responseMs, text);
	}

}
