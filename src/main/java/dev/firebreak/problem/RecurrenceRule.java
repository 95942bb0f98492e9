package dev.firebreak.problem;

import java.time.Duration;
import java.time.Instant;

/**
 * When a recurring problem requires root-cause analysis: an incident whose problem has at
 * least {@code threshold} incidents detected in {@code [detection - window, detection]}
 * (both ends included), counting the incident itself and the problem's first occurrence.
 * With 3 in 30 days the third incident within 30 days requires RCA, and so does every
 * further one while the count stays at 3 or more.
 */
record RecurrenceRule(int threshold, Duration window) {

	Instant windowStart(Instant detectedAt) {
		return detectedAt.minus(window);
	}

	boolean requiresRootCauseAnalysis(long incidentsInWindow) {
		return incidentsInWindow >= threshold;
	}

	/**
	 * Why an incident that met the rule requires RCA; the count stops at the threshold.
	 */
	String reason(String problemNumber) {
		return "Recurring problem %s: at least %d incidents within %s up to this one (rule: %d within %s)."
			.formatted(problemNumber, threshold, readable(window), threshold, readable(window));
	}

	private static String readable(Duration duration) {
		if (duration.toSeconds() % Duration.ofDays(1).toSeconds() == 0) {
			long days = duration.toDays();
			return days == 1 ? "1 day" : days + " days";
		}
		return duration.toString();
	}

}
