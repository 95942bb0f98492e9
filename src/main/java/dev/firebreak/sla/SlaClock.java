package dev.firebreak.sla;

import java.time.Duration;
import java.time.Instant;

import dev.firebreak.sla.SlaCountdown;
import dev.firebreak.web.Formats;

/**
 * One deadline as a page shows it: in words and with an urgency that the style sheet
 * colours, so colour is never the only sign.
 *
 * @param name "acknowledge" or "resolve"
 * @param text e.g. "47 min left", "overdue by 5 min", "met", "breached"
 * @param urgency {@code ok}, {@code soon} (due within an hour: amber), {@code overdue}
 * (red), or {@code stopped} once the clock stopped or while it is paused
 */
public record SlaClock(String name, Instant due, String text, String urgency) {

	/** Due within this much counts as at risk; the dashboard uses the same line. */
	public static final Duration AT_RISK = Duration.ofHours(1);

	/** A running deadline, as queues show the one that matters now. */
	public static SlaClock running(String name, Instant due, Instant now) {
		if (due == null) {
			return new SlaClock(name, null, "not set yet", "ok");
		}
		Duration left = Duration.between(now, due);
		if (left.isNegative()) {
			return new SlaClock(name, due, "overdue by " + Formats.span(left), "overdue");
		}
		return new SlaClock(name, due, Formats.span(left) + " left", left.compareTo(AT_RISK) <= 0 ? "soon" : "ok");
	}

	/**
	 * The deadline a task shows: running, or stopped (met or breached) once the incident
	 * is past it, as a root-cause analysis after resolution is.
	 * @param stoppedAt when the clock stopped, null while it runs
	 */
	public static SlaClock forTask(String name, Instant due, Instant stoppedAt, Instant now) {
		if (stoppedAt == null) {
			return running(name, due, now);
		}
		return of(name, new SlaCountdown(due, stoppedAt, null, due != null && stoppedAt.isAfter(due)), now);
	}

	/** One of the incident's clocks, which may have stopped. */
	public static SlaClock of(String name, SlaCountdown countdown, Instant now) {
		if (countdown.stoppedAt() == null && countdown.paused()) {
			// waiting: the clock stands still, with what it had left
			if (countdown.due() == null) {
				return new SlaClock(name, null, "paused, " + Formats.span(countdown.remaining()) + " left", "stopped");
			}
			SlaClock running = running(name, countdown.due(), now);
			return new SlaClock(name, running.due(), running.text() + " (paused)", running.urgency());
		}
		if (countdown.stoppedAt() == null) {
			return running(name, countdown.due(), now);
		}
		if (countdown.due() == null) {
			return new SlaClock(name, null, "stopped", "stopped");
		}
		return countdown.breached() ? new SlaClock(name, countdown.due(),
				"breached by " + Formats.span(Duration.between(countdown.due(), countdown.stoppedAt())), "overdue")
				: new SlaClock(name, countdown.due(), "met", "stopped");
	}

}
