package dev.firebreak.suppression;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A silence as stored. Whether it is active follows from its times alone: it expires by
 * the clock, and expiring it early moves its end to that moment.
 *
 * @param incident the incident it was made from (INC-000123), or null
 * @param matchedAlerts how many alerts it has silenced so far
 */
public record Silence(long id, List<Matcher> matchers, Instant startsAt, Instant endsAt, String comment,
		String createdBy, Instant createdAt, String incident, String expiredBy, Instant expiredAt, long matchedAlerts) {

	public enum State {

		PENDING, ACTIVE, EXPIRED

	}

	public State state(Instant now) {
		if (!endsAt.isAfter(now)) {
			return State.EXPIRED;
		}
		return startsAt.isAfter(now) ? State.PENDING : State.ACTIVE;
	}

	/** Every matcher holds for the labels (no matchers: every alert, a catch-all). */
	boolean matches(Map<String, String> labels) {
		return matchers.stream().allMatch(matcher -> matcher.matches(labels.get(matcher.name())));
	}

}
