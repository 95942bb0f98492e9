package dev.firebreak.probe;

/**
 * Samples and how many of them were up, so that callers can add periods and services up
 * before dividing.
 */
public record UptimeCount(long samples, long up) {

	/** up / samples × 100, or null without samples. */
	public Double uptimePercent() {
		return samples == 0 ? null : up * 100.0 / samples;
	}

}
