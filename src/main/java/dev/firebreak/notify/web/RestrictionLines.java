package dev.firebreak.notify.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.firebreak.notify.schedule.Restriction;

/**
 * Restrictions as the schedule editor writes them, one window a line: {@code Mon-Fri
 * 09:00-17:00}, {@code Sat,Sun 10:00-14:00}, {@code 22:00-06:00} (every day, overnight).
 */
final class RestrictionLines {

	private static final Pattern LINE = Pattern.compile(
			"(?:(?<days>[A-Za-z][A-Za-z ,\\-–]*?)\\s+)?(?<from>\\d{1,2}:\\d{2})\\s*[-–]\\s*(?<to>\\d{1,2}:\\d{2})");

	private static final Pattern DAYS = Pattern.compile("(?<first>[A-Za-z]+)\\s*(?:[-–]\\s*(?<last>[A-Za-z]+))?");

	private RestrictionLines() {
	}

	/**
	 * @param problems gets "Line n: …" for each line that cannot be read
	 */
	static List<Restriction> parse(String text, List<String> problems) {
		List<Restriction> restrictions = new ArrayList<>();
		if (text == null) {
			return restrictions;
		}
		String[] lines = text.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			try {
				restrictions.add(parseLine(line));
			}
			catch (IllegalArgumentException | DateTimeParseException ex) {
				problems.add("Line " + (i + 1) + " (" + line + "): write days and times like Mon-Fri 09:00-17:00.");
			}
		}
		return restrictions;
	}

	static String format(List<Restriction> restrictions) {
		return String.join("\n", restrictions.stream().map(RestrictionLines::format).toList());
	}

	private static String format(Restriction restriction) {
		String times = restriction.from() + "-" + restriction.to();
		return restriction.days().isEmpty() || restriction.days().size() == 7 ? times
				: days(restriction.days()) + " " + times;
	}

	private static Restriction parseLine(String line) {
		Matcher matcher = LINE.matcher(line);
		if (!matcher.matches()) {
			throw new IllegalArgumentException(line);
		}
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		String dayText = matcher.group("days");
		if (dayText != null) {
			for (String part : dayText.split(",")) {
				Matcher range = DAYS.matcher(part.strip());
				if (!range.matches()) {
					throw new IllegalArgumentException(part);
				}
				DayOfWeek first = day(range.group("first"));
				DayOfWeek last = range.group("last") == null ? first : day(range.group("last"));
				for (DayOfWeek d = first;; d = d.plus(1)) {
					days.add(d);
					if (d == last) {
						break;
					}
				}
			}
		}
		return new Restriction(days, time(matcher.group("from")), time(matcher.group("to")));
	}

	/** "Mon", "monday", "MON": the first three letters decide. */
	private static DayOfWeek day(String text) {
		if (text.length() < 3) {
			throw new IllegalArgumentException(text);
		}
		String start = text.substring(0, 3).toUpperCase(Locale.ROOT);
		for (DayOfWeek day : DayOfWeek.values()) {
			if (day.name().startsWith(start) && day.name().startsWith(text.toUpperCase(Locale.ROOT))) {
				return day;
			}
		}
		throw new IllegalArgumentException(text);
	}

	private static LocalTime time(String text) {
		return LocalTime.parse(text.length() == 4 ? "0" + text : text);
	}

	/** Runs of days as ranges, Monday first: "Mon-Fri", "Mon,Wed,Fri", "Sat-Sun". */
	private static String days(Set<DayOfWeek> days) {
		List<String> parts = new ArrayList<>();
		DayOfWeek start = null;
		DayOfWeek previous = null;
		for (DayOfWeek day : EnumSet.copyOf(days)) {
			if (start != null && day.getValue() == previous.getValue() + 1) {
				previous = day;
				continue;
			}
			if (start != null) {
				parts.add(range(start, previous));
			}
			start = day;
			previous = day;
		}
		parts.add(range(start, previous));
		return String.join(",", parts);
	}

	private static String range(DayOfWeek first, DayOfWeek last) {
		String name = first.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
		return first == last ? name : name + "-" + last.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
	}

}
