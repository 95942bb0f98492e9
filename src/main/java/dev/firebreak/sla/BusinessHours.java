package dev.firebreak.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The time an SLA clock counts: working hours of a calendar (weekly hours in a time zone,
 * less holidays), less the intervals it is paused for. Pure arithmetic on instants, so
 * that the same inputs always give the same figures (ADR 0019).
 *
 * <p>
 * Hours are wall-clock times of the calendar's zone, each day on its own: a night shift
 * is {@code 22:00-24:00} on one day and {@code 00:00-06:00} on the next. On the day
 * clocks go forward, hours inside the missing hour do not exist and are not counted; on
 * the day they go back, the repeated hour counts twice, as people work it twice.
 */
public final class BusinessHours {

	/** Round the clock, every day: calendar time. */
	public static final BusinessHours ALWAYS = new BusinessHours(ZoneOffset.UTC, null, Set.of());

	/**
	 * How far ahead a due time is looked for: a calendar with no hours in it (or only
	 * holidays) never comes due, rather than looping for ever.
	 */
	private static final int HORIZON_DAYS = 5 * 366;

	/**
	 * Working hours of one day; {@code to} is {@link LocalTime#MIDNIGHT} for the end of
	 * the day (24:00).
	 */
	public record Hours(LocalTime from, LocalTime to) {

		public boolean untilMidnight() {
			return LocalTime.MIDNIGHT.equals(to);
		}

		/** {@code 09:00-17:00}, {@code 22:00-24:00}. */
		@Override
		public String toString() {
			return from + "-" + (untilMidnight() ? "24:00" : to.toString());
		}

	}

	/** A stretch of time the clock does not run; {@code to} null while it lasts. */
	public record Interval(Instant from, Instant to) {

		boolean contains(Instant at) {
			return !at.isBefore(from) && (to == null || at.isBefore(to));
		}

	}

	private final ZoneId zone;

	/** Null: every day, all day. */
	private final Map<DayOfWeek, List<Hours>> weekly;

	private final Set<LocalDate> holidays;

	public BusinessHours(ZoneId zone, Map<DayOfWeek, List<Hours>> weekly, Set<LocalDate> holidays) {
		this.zone = zone;
		if (weekly == null) {
			this.weekly = null;
		}
		else {
			this.weekly = new EnumMap<>(DayOfWeek.class);
			weekly.forEach((day, hours) -> this.weekly.put(day,
					hours.stream().sorted(Comparator.comparing(Hours::from)).toList()));
		}
		this.holidays = Set.copyOf(holidays);
	}

	public boolean roundTheClock() {
		return weekly == null;
	}

	/** Counted time between two instants: working hours, less the excluded intervals. */
	public Duration between(Instant from, Instant to, List<Interval> excluded) {
		Duration[] total = { Duration.ZERO };
		if (!to.isAfter(from)) {
			return Duration.ZERO;
		}
		forEachSegment(from, excluded, segment -> {
			if (!segment.from().isBefore(to)) {
				return false;
			}
			Instant end = segment.to() == null || segment.to().isAfter(to) ? to : segment.to();
			total[0] = total[0].plus(Duration.between(segment.from(), end));
			return true;
		});
		return total[0];
	}

	/**
	 * When {@code amount} of counted time has run, starting at {@code from}.
	 * @return null when it never does: the clock is paused with no end yet, or the
	 * calendar has no hours left
	 */
	public Instant plus(Instant from, Duration amount, List<Interval> excluded) {
		Duration[] left = { amount };
		Instant[] due = { null };
		forEachSegment(from, excluded, segment -> {
			Duration length = segment.to() == null ? null : Duration.between(segment.from(), segment.to());
			if (length == null || length.compareTo(left[0]) >= 0) {
				due[0] = segment.from().plus(left[0]);
				return false;
			}
			left[0] = left[0].minus(length);
			return true;
		});
		return due[0];
	}

	/**
	 * Hands the stretches the clock runs in, from {@code from} on and in order, to the
	 * consumer until it answers false. The last one may be open ({@code to} null).
	 */
	private void forEachSegment(Instant from, List<Interval> excluded, Predicate<Interval> consumer) {
		List<Interval> cuts = excluded.stream().sorted(Comparator.comparing(Interval::from)).toList();
		if (weekly == null) {
			cut(new Interval(from, null), cuts, consumer);
			return;
		}
		LocalDate first = from.atZone(zone).toLocalDate();
		for (int day = 0; day < HORIZON_DAYS; day++) {
			LocalDate date = first.plusDays(day);
			if (holidays.contains(date)) {
				continue;
			}
			for (Hours hours : weekly.getOrDefault(date.getDayOfWeek(), List.of())) {
				Instant start = date.atTime(hours.from()).atZone(zone).toInstant();
				Instant end = hours.untilMidnight() ? date.plusDays(1).atStartOfDay(zone).toInstant()
						: date.atTime(hours.to()).atZone(zone).toInstant();
				if (!end.isAfter(from) || !end.isAfter(start)) {
					continue;
				}
				if (!cut(new Interval(start.isBefore(from) ? from : start, end), cuts, consumer)) {
					return;
				}
			}
		}
	}

	/**
	 * The segment less the cuts, handed on piece by piece.
	 * @return false once the consumer is done, or an open cut ends all counting
	 */
	private static boolean cut(Interval segment, List<Interval> cuts, Predicate<Interval> consumer) {
		Instant start = segment.from();
		for (Interval cut : cuts) {
			if (segment.to() != null && !cut.from().isBefore(segment.to())) {
				break;
			}
			if (cut.to() != null && !cut.to().isAfter(start)) {
				continue;
			}
			if (cut.from().isAfter(start) && !consumer.test(new Interval(start, cut.from()))) {
				return false;
			}
			if (cut.to() == null) {
				return false;
			}
			if (cut.to().isAfter(start)) {
				start = cut.to();
			}
			if (segment.to() != null && !start.isBefore(segment.to())) {
				return true;
			}
		}
		return consumer.test(new Interval(start, segment.to()));
	}

}
