package dev.firebreak.suppression;

import java.time.Instant;
import java.util.List;

/** A silence as the API and the pages show it, with its state at the time of reading. */
public record SilenceView(long id, Silence.State state, List<Matcher> matchers, Instant startsAt, Instant endsAt,
		String comment, String createdBy, Instant createdAt, String incident, String expiredBy, Instant expiredAt,
		long matchedAlerts) {

	static SilenceView of(Silence silence, Instant now) {
		return new SilenceView(silence.id(), silence.state(now), silence.matchers(), silence.startsAt(),
				silence.endsAt(), silence.comment(), silence.createdBy(), silence.createdAt(), silence.incident(),
				silence.expiredBy(), silence.expiredAt(), silence.matchedAlerts());
	}

	/**
	 * The matchers as Alertmanager writes them:
	 * {@code service="checkout", env=~"prod.*"}.
	 */
	public String matchersText() {
		return matchers.isEmpty() ? "(every alert)"
				: String.join(", ", matchers.stream().map(Matcher::toString).toList());
	}

}
