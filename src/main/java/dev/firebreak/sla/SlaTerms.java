package dev.firebreak.sla;

import java.time.Instant;
import java.util.List;

/**
 * The terms behind an incident's SLA figures: the policy that measures it (null: the
 * prioritisation decision's targets in calendar time), the times it waited, the
 * maintenance it paused for, and the clocks they give.
 */
public record SlaTerms(String incident, SlaPolicy policy, List<SlaPause> pauses, List<Stop> maintenance,
		SlaState clocks) {

	/** A maintenance window the clocks stood still in. */
	public record Stop(Instant from, Instant to) {
	}

	/** The pause that lasts now, if any. */
	public SlaPause openPause() {
		return pauses.stream().filter(pause -> pause.endedAt() == null).findFirst().orElse(null);
	}

}
