package dev.firebreak.report;

import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The time-pattern rule: do a service's incidents bunch in one window of
 * {@code windowHours} hours, on one weekday or on every day? Windows start at the whole
 * hour of an incident's start, in the report zone, and do not run past midnight; the
 * fullest wins, the weekday window before the any-day one, the earlier before the later.
 *
 * @param minIncidents fewer incidents than this make no pattern
 * @param minSharePercent the window must hold at least this share of them
 */
record TimePatterns(int minIncidents, double minSharePercent, int windowHours) {

	/**
	 * @param day the weekday, or null for a window on any day
	 * @param fromHour the window's first hour; it ends {@code windowHours} later
	 */
	record Pattern(DayOfWeek day, int fromHour, int toHour, int inside, int incidents) {

		double sharePercent() {
			return inside * 100.0 / incidents;
		}

		/** "on Friday 17:00–19:00", or "at 02:00–04:00 on any day". */
		String when() {
			String hours = String.format(Locale.ROOT, "%02d:00–%02d:00", fromHour, toHour);
			return day == null ? "at " + hours + " on any day"
					: "on " + day.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + hours;
		}

	}

	/** The pattern among these start times, if one reaches both thresholds. */
	Optional<Pattern> find(List<ZonedDateTime> starts) {
		if (starts.size() < minIncidents) {
			return Optional.empty();
		}
		Pattern best = null;
		for (boolean weekday : new boolean[] { true, false }) {
			for (ZonedDateTime anchor : starts.stream().sorted().toList()) {
				int from = anchor.getHour();
				int to = Math.min(24, from + windowHours);
				DayOfWeek day = weekday ? anchor.getDayOfWeek() : null;
				Predicate<ZonedDateTime> inside = start -> (day == null || start.getDayOfWeek() == day)
						&& start.getHour() >= from && start.getHour() < to;
				int count = (int) starts.stream().filter(inside).count();
				if (best == null || count > best.inside()) {
					best = new Pattern(day, from, to, count, starts.size());
				}
			}
			if (best != null && best.sharePercent() >= minSharePercent) {
				return Optional.of(best);
			}
			best = null;
		}
		return Optional.empty();
	}

}
