package dev.firebreak.problem;

import java.time.Instant;

/**
 * A row of {@code fb_problem}, with how many of its incidents fall in the window the
 * query asked about.
 */
record ProblemRecord(long id, KeyKind keyKind, String key, String service, String title, Instant firstSeen,
		Instant lastSeen, long incidentCount, String workaround, String workaroundUpdatedBy,
		Instant workaroundUpdatedAt, long incidentsInWindow) {

	String number() {
		return ProblemNumbers.number(id);
	}

}
