package dev.firebreak.probe;

/**
 * What a run of samples adds up to: as many as the availability figures need to come out
 * the same from a roll-up as from the samples it replaced (counts and sums add up, and
 * every response time is kept with its count for the percentiles).
 */
final class Rollup {

	long samples;

	long up;

	long degraded;

	long down;

	long timed;

	long totalMs;

	Integer maxMs;

	ResponseTimes times = new ResponseTimes();

	/** One sample: {@code up} is true when it answered (UP or DEGRADED). */
	void add(boolean answered, CheckStatus status, Integer responseMs) {
		samples++;
		if (!answered) {
			down++;
		}
		else if (status == CheckStatus.DEGRADED) {
			degraded++;
		}
		else {
			up++;
		}
		if (responseMs != null) {
			timed++;
			totalMs += responseMs;
			maxMs = maxMs == null ? responseMs : Math.max(maxMs, responseMs);
			times.add(responseMs, 1);
		}
	}

	/** Another roll-up of the same probe (another hour of a day, or late samples). */
	void add(Rollup other) {
		samples += other.samples;
		up += other.up;
		degraded += other.degraded;
		down += other.down;
		timed += other.timed;
		totalMs += other.totalMs;
		if (other.maxMs != null) {
			maxMs = maxMs == null ? other.maxMs : Math.max(maxMs, other.maxMs);
		}
		times.addAll(other.times);
	}

}
