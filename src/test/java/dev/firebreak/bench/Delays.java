package dev.firebreak.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Delays of one kind, in milliseconds, with their percentiles (nearest rank). */
record Delays(long[] sortedMillis) {

	static Delays between(List<Instant> from, List<Instant> to) {
		long[] millis = new long[from.size()];
		for (int i = 0; i < millis.length; i++) {
			millis[i] = Duration.between(from.get(i), to.get(i)).toMillis();
		}
		Arrays.sort(millis);
		return new Delays(millis);
	}

	/**
	 * @param percent 50 for the median
	 */
	long percentile(int percent) {
		int rank = (int) Math.ceil(percent / 100.0 * sortedMillis.length);
		return sortedMillis[Math.max(rank, 1) - 1];
	}

	long max() {
		return sortedMillis[sortedMillis.length - 1];
	}

	static String seconds(long millis) {
		return "%.2f s".formatted(millis / 1000.0);
	}

}
