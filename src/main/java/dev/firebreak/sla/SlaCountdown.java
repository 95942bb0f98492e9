package dev.firebreak.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One SLA clock of an incident.
 *
 * @param due when the clock runs out (null before prioritisation)
 * @param stoppedAt when the clock stopped (acknowledged or resolved), null while running
 * @param remaining time left while running; negative once overdue; null when stopped
 * @param breached whether the clock ran out before it stopped (or, running, already has)
 */
public record SlaCountdown(Instant due, Instant stoppedAt, Duration remaining, boolean breached) {

	/**
	 * Whether the clock stopped by its due time. A clock without a due time (never
	 * prioritised) is never met: nothing shows it was.
	 */
	public boolean met() {
		return due != null && stoppedAt != null && !breached;
	}

	static SlaCountdown of(Instant due, Instant stoppedAt, Instant now) {
		if (due == null) {
			return new SlaCountdown(null, stoppedAt, null, false);
		}
		if (stoppedAt != null) {
			return new SlaCountdown(due, stoppedAt, null, stoppedAt.isAfter(due));
		}
		return new SlaCountdown(due, null, Duration.between(now, due).truncatedTo(ChronoUnit.SECONDS),
				now.isAfter(due));
	}

}
