package dev.firebreak.notify.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import dev.firebreak.notify.schedule.Schedule;
import dev.firebreak.notify.schedule.ScheduleOverride;
import dev.firebreak.notify.schedule.Shift;

/**
 * The next days of a schedule drawn as one bar per local day: a coloured segment per
 * shift (a colour per person), overrides hatched on top, a mark for now. The same shifts
 * are listed as table rows for screen readers and for reading exact times. Positions are
 * in a 1440-wide SVG view box (minutes of a 24-hour day); a day of 23 or 25 hours is
 * drawn the same width, with its segments in proportion.
 */
record ScheduleTimeline(String zone, List<Day> days, List<Person> legend, List<Row> rows) {

	static final int WIDTH = 1440;

	/** How many colours the style sheet has for people ({@code .shift-c0} …). */
	static final int COLOURS = 8;

	static ScheduleTimeline of(Schedule schedule, List<Shift> shifts, List<ScheduleOverride> overrides,
			Function<String, String> names, LocalDate first, int dayCount, Instant now) {
		ZoneId zone = schedule.timeZone();
		Map<String, Person> people = colours(schedule, shifts, names);
		Map<Long, ScheduleOverride> byId = new LinkedHashMap<>();
		overrides.forEach(o -> byId.put(o.id(), o));
		List<Day> days = new ArrayList<>();
		for (int d = 0; d < dayCount; d++) {
			LocalDate date = first.plusDays(d);
			Instant start = date.atStartOfDay(zone).toInstant();
			Instant end = date.plusDays(1).atStartOfDay(zone).toInstant();
			days.add(day(date, start, end, shifts, people, zone, now));
		}
		List<Row> rows = shifts.stream().map(shift -> row(shift, people, byId, zone)).toList();
		return new ScheduleTimeline(zone.getId(), days, List.copyOf(people.values()), rows);
	}

	/**
	 * A colour per person in the order they appear: the layers' participants first, so
	 * that a person keeps their colour from one week to the next.
	 */
	private static Map<String, Person> colours(Schedule schedule, List<Shift> shifts, Function<String, String> names) {
		Map<String, Person> people = new LinkedHashMap<>();
		List<String> order = new ArrayList<>();
		schedule.layers().forEach(layer -> order.addAll(layer.participants()));
		shifts.forEach(shift -> order.add(shift.username()));
		for (String username : order) {
			if (!people.containsKey(username)) {
				people.put(username, new Person(username, names.apply(username), "shift-c" + people.size() % COLOURS));
			}
		}
		return people;
	}

	private static Day day(LocalDate date, Instant start, Instant end, List<Shift> shifts, Map<String, Person> people,
			ZoneId zone, Instant now) {
		double length = Duration.between(start, end).toSeconds();
		List<Bar> bars = new ArrayList<>();
		List<String> spoken = new ArrayList<>();
		for (Shift shift : shifts) {
			Instant from = shift.start().isAfter(start) ? shift.start() : start;
			Instant to = shift.end().isBefore(end) ? shift.end() : end;
			if (!from.isBefore(to)) {
				continue;
			}
			Person person = people.get(shift.username());
			double x = Duration.between(start, from).toSeconds() / length * WIDTH;
			double width = Duration.between(from, to).toSeconds() / length * WIDTH;
			String times = Formats.time(from, zone) + "–" + (to.equals(end) ? "24:00" : Formats.time(to, zone));
			String label = person.name() + " " + times + (shift.source().isOverride() ? " (override)" : "");
			bars.add(new Bar(number(x), number(width), person.colour(), shift.source().isOverride(), label));
			spoken.add(label);
		}
		boolean today = !now.isBefore(start) && now.isBefore(end);
		String nowX = today ? number(Duration.between(start, now).toSeconds() / length * WIDTH) : null;
		String summary = Formats.day(date) + ": " + (spoken.isEmpty() ? "nobody on call" : String.join(", ", spoken));
		return new Day(Formats.day(date), date.toString(), today, bars, nowX, summary);
	}

	private static Row row(Shift shift, Map<String, Person> people, Map<Long, ScheduleOverride> overrides,
			ZoneId zone) {
		Shift.Source source = shift.source();
		String from;
		if (source.isOverride()) {
			ScheduleOverride override = overrides.get(source.overrideId());
			String note = override == null || override.note() == null ? "" : ": " + override.note();
			from = "Override" + note;
		}
		else {
			from = "Layer " + (source.layer() + 1)
					+ (source.layerName() == null ? "" : " (" + source.layerName() + ")");
		}
		Person person = people.get(shift.username());
		return new Row(person.name(), person.colour(), Formats.at(shift.start(), zone), Formats.at(shift.end(), zone),
				Formats.span(shift.length()), from, source.isOverride());
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

	/** A local day's bar; {@code nowX} is where now is, on today's bar only. */
	record Day(String label, String date, boolean today, List<Bar> bars, String nowX, String summary) {
	}

	/** One shift's part of a day, in view-box units. */
	record Bar(String x, String width, String colour, boolean override, String title) {
	}

	record Person(String username, String name, String colour) {
	}

	record Row(String name, String colour, String from, String to, String length, String source, boolean override) {
	}

}
