package dev.firebreak.probe;

import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * Response times and how often each occurred: what a roll-up keeps of its samples' times,
 * so that percentiles over any mix of samples and roll-ups are the nearest ranks the
 * samples themselves gave. Whole milliseconds repeat a lot (a probe answering in 20 to
 * 400 ms has at most a few hundred distinct values), so an hour holds far fewer entries
 * than samples.
 */
final class ResponseTimes {

	private final TreeMap<Integer, Long> counts = new TreeMap<>();

	private long total;

	/** Reads what {@link #toString()} wrote; null or blank is none. */
	static ResponseTimes parse(String text) {
		ResponseTimes times = new ResponseTimes();
		if (text == null || text.isBlank()) {
			return times;
		}
		for (String entry : text.trim().split(" ")) {
			int colon = entry.indexOf(':');
			times.add(Integer.parseInt(entry.substring(0, colon)), Long.parseLong(entry.substring(colon + 1)));
		}
		return times;
	}

	void add(int ms, long times) {
		counts.merge(ms, times, Long::sum);
		total += times;
	}

	void addAll(ResponseTimes other) {
		other.counts.forEach(this::add);
	}

	long count() {
		return total;
	}

	/**
	 * Nearest rank: the ⌈p/100 × n⌉-th smallest. Integer arithmetic, because 0.95 × n in
	 * floating point can land just above a whole number and pick the next rank.
	 * @return null without response times
	 */
	Integer percentile(int p) {
		if (total == 0) {
			return null;
		}
		long rank = (p * total + 99) / 100;
		long seen = 0;
		for (Map.Entry<Integer, Long> entry : counts.entrySet()) {
			seen += entry.getValue();
			if (seen >= rank) {
				return entry.getKey();
			}
		}
		return counts.lastKey();
	}

	/** {@code "12:3 15:1"}: each time and its count, ascending; empty without times. */
	@Override
	public String toString() {
		StringJoiner text = new StringJoiner(" ");
		counts.forEach((ms, times) -> text.add(ms + ":" + times));
		return text.toString();
	}

}
