package dev.firebreak.probe;

/**
 * What one check found.
 *
 * @param statusCode HTTP only; null when no answer came (connection error, timeout)
 * @param responseMs from sending the request (or opening the connection) to the end of
 * the answer; null without an answer
 * @param error why the check counts as down or degraded; null when up
 * @param detail what the check saw besides the verdict (a certificate's issuer and
 * expiry, the DNS answers, the rows a query returned); may be null
 * @param durationMs a heartbeat's run, from its start signal to its check-in
 * @param evidence a data-integrity query's rows as JSON, bounded
 */
record CheckResult(CheckStatus status, Integer statusCode, Integer responseMs, String error, String detail,
		Long durationMs, String evidence) {

	/** The longest error text kept; the column holds 500 characters. */
	static final int MAX_ERROR = 500;

	/** The longest detail kept; the column holds 1000 characters. */
	static final int MAX_DETAIL = 1000;

	CheckResult {
		error = cut(error, MAX_ERROR);
		detail = cut(detail, MAX_DETAIL);
	}

	/** Up or degraded: it answered. */
	boolean up() {
		return status != CheckStatus.DOWN;
	}

	static CheckResult up(int statusCode, int responseMs) {
		return new CheckResult(CheckStatus.UP, statusCode, responseMs, null, null, null, null);
	}

	static CheckResult down(Integer statusCode, Integer responseMs, String error) {
		return new CheckResult(CheckStatus.DOWN, statusCode, responseMs, error, null, null, null);
	}

	static CheckResult of(CheckStatus status, Integer responseMs, String error, String detail) {
		return new CheckResult(status, null, responseMs, status == CheckStatus.UP ? null : error, detail, null, null);
	}

	CheckResult withDetail(String detail) {
		return new CheckResult(status, statusCode, responseMs, error, detail, durationMs, evidence);
	}

	CheckResult withEvidence(String evidence) {
		return new CheckResult(status, statusCode, responseMs, error, detail, durationMs, evidence);
	}

	/**
	 * An answer slower than the probe's threshold is degraded; a down answer stays down.
	 */
	CheckResult slowerThan(Integer degradedAboveMs) {
		if (status != CheckStatus.UP || degradedAboveMs == null || responseMs == null
				|| responseMs <= degradedAboveMs) {
			return this;
		}
		return new CheckResult(CheckStatus.DEGRADED, statusCode, responseMs,
				"answered in " + responseMs + " ms, above " + degradedAboveMs + " ms", detail, durationMs, evidence);
	}

	private static String cut(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

}
