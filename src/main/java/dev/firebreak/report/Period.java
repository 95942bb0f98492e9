package dev.firebreak.report;

import java.time.Instant;

/** A half-open period {@code [from, to)}. */
record Period(Instant from, Instant to) {

	boolean contains(Instant instant) {
		return instant != null && !instant.isBefore(from) && instant.isBefore(to);
	}

}
