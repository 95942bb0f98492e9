package dev.firebreak.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One SLA clock of an incident.
 *
 * @param due when the clock runs out (null before prioritisation, and while the incident
 * waits with the clock not yet run out: the due time is not known until it resumes)
 * @param stoppedAt when the clock stopped (acknowledged or resolved), null while running
 * @param remaining time left while running; negative once overdue; null when stopped.
 * While paused without a due time, the counted time left.
 * @param breached whether the clock ran out before it stopped (or, running, already has)
 * @param paused whether the clock stands still now (the incident waits, or maintenance
 * runs and the policy says so)
 */
public record SlaCountdown(Instant due, Instant stoppedAt, Duration remaining, boolean breached, boolean paused) {

	public SlaCountdown(Instant due, Instant stoppedAt, Duration remaining, boolean breached) {
		this(due, stoppedAt, remaining, breached, false);
	}

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

	/** A running clock that waits with this much counted time left. */
	static SlaCountdown waiting(Duration left) {
		return new SlaCountdown(null, null, left.truncatedTo(ChronoUnit.SECONDS), false, true);
	}

	SlaCountdown pausedNow() {
		return new SlaCountdown(due, stoppedAt, remaining, breached, true);
	}

}
