package dev.firebreak.probe;

import java.time.Duration;
import java.time.Instant;

/** A half-open period {@code [from, to)} of samples; the last 24 hours unless given. */
record Window(Instant from, Instant to) {

	static final Duration DEFAULT = Duration.ofHours(24);

	/**
	 * @param from null means {@link #DEFAULT} before {@code to}
	 * @param to null means now
	 * @throws InvalidInputException when {@code from} is not before {@code to}
	 */
	static Window of(Instant from, Instant to, Instant now) {
		Instant end = to != null ? to : now;
		Instant start = from != null ? from : end.minus(DEFAULT);
		if (!start.isBefore(end)) {
			throw InvalidInputException.of("from", "must be before to (" + end + ")");
		}
		return new Window(start, end);
	}

}
