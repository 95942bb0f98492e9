package dev.firebreak.notify.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The turns of one layer in its schedule's zone, and when its restrictions let it have
 * someone on call.
 * <p>
 * Turn boundaries are local date-times: turn {@code k} starts at the first handoff plus
 * {@code k × lengthHours} of wall-clock time, and only then is it resolved in the zone.
 * That keeps a daily handoff at 09:00 across daylight-saving changes, and makes the shift
 * that spans a change an hour shorter or longer. A boundary that falls into a spring gap
 * moves forward by the gap (02:30 becomes 03:30); one in an autumn overlap takes the
 * earlier of the two instants.
 */
final class Turns {

	private final Layer layer;

	private final ZoneId zone;

	private final LocalDateTime first;

	private final long minutesPerTurn;

	Turns(Layer layer, ZoneId zone) {
		this.layer = layer;
		this.zone = zone;
		this.first = layer.firstHandoff();
		this.minutesPerTurn = layer.lengthHours() * 60L;
	}

	/** When turn {@code k} starts. */
	Instant start(long k) {
		return first.plusHours(k * layer.lengthHours()).atZone(zone).toInstant();
	}

	/**
	 * The turn holding {@code t}: estimated from the wall-clock distance to the first
	 * handoff, then corrected against the resolved boundaries, so that an hour gained or
	 * lost (or a boundary moved out of a gap) cannot put {@code t} in a neighbouring
	 * turn. Negative before the first handoff.
	 */
	long turnAt(Instant t) {
		LocalDateTime local = LocalDateTime.ofInstant(t, zone);
		long k = Math.floorDiv(ChronoUnit.MINUTES.between(first, local), minutesPerTurn);
		while (start(k).isAfter(t)) {
			k--;
		}
		while (!start(k + 1).isAfter(t)) {
			k++;
		}
		return k;
	}

	/**
	 * Who this layer has on call over {@code [from, to)}, turn by turn (neighbours are
	 * not merged), cut to the restriction windows.
	 */
	List<Shift> shifts(Instant from, Instant to, Shift.Source source) {
		Instant begin = later(from, start(0));
		List<Shift> shifts = new ArrayList<>();
		if (!begin.isBefore(to)) {
			return shifts;
		}
		List<Span> windows = windows(begin, to);
		int w = 0;
		for (long k = turnAt(begin); start(k).isBefore(to); k++) {
			Instant turnStart = later(start(k), begin);
			Instant turnEnd = earlier(start(k + 1), to);
			if (!turnStart.isBefore(turnEnd)) {
				continue;
			}
			String who = layer.participant(k);
			if (windows == null) {
				shifts.add(new Shift(who, turnStart, turnEnd, source));
				continue;
			}
			while (w < windows.size() && !windows.get(w).end().isAfter(turnStart)) {
				w++;
			}
			for (int i = w; i < windows.size() && windows.get(i).start().isBefore(turnEnd); i++) {
				Instant s = later(turnStart, windows.get(i).start());
				Instant e = earlier(turnEnd, windows.get(i).end());
				if (s.isBefore(e)) {
					shifts.add(new Shift(who, s, e, source));
				}
			}
		}
		return shifts;
	}

	/**
	 * The restriction windows that touch {@code [from, to)}, sorted and joined where they
	 * meet; null when the layer has no restrictions (it covers all the time).
	 */
	private List<Span> windows(Instant from, Instant to) {
		if (layer.restrictions().isEmpty()) {
			return null;
		}
		List<Span> windows = new ArrayList<>();
		// an overnight window that started the day before can still be running
		LocalDate last = LocalDate.ofInstant(to, zone);
		for (LocalDate day = LocalDate.ofInstant(from, zone).minusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
			for (Restriction restriction : layer.restrictions()) {
				if (restriction.startsOn(day)) {
					Instant start = day.atTime(restriction.from()).atZone(zone).toInstant();
					LocalDate endDay = restriction.overnight() ? day.plusDays(1) : day;
					Instant end = endDay.atTime(restriction.to()).atZone(zone).toInstant();
					if (start.isBefore(end) && end.isAfter(from) && start.isBefore(to)) {
						windows.add(new Span(start, end));
					}
				}
			}
		}
		windows.sort((a, b) -> a.start().compareTo(b.start()));
		List<Span> joined = new ArrayList<>();
		for (Span window : windows) {
			Span previous = joined.isEmpty() ? null : joined.get(joined.size() - 1);
			if (previous != null && !window.start().isAfter(previous.end())) {
				joined.set(joined.size() - 1, new Span(previous.start(), later(previous.end(), window.end())));
			}
			else {
				joined.add(window);
			}
		}
		return joined;
	}

	private record Span(Instant start, Instant end) {
	}

	private static Instant later(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static Instant earlier(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

}
