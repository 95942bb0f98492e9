package dev.firebreak.report.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the dashboard shows: a time range for its trends and one team or all. Read from
 * the address, so that a view can be pasted into a chat; every wrong value is named
 * beside its field at once, and the dashboard shows its default for it.
 *
 * @param range {@code today}, {@code 7d}, {@code 30d}, {@code 8w} (the default) or
 * {@code custom}
 * @param from first day of the trends, included
 * @param to last day, included (today unless custom)
 * @param team null for every team
 */
record DashboardFilters(String range, LocalDate from, LocalDate to, String team) {

	static final Map<String, String> RANGES = ranges();

	/** A year and a day: the longest custom range, so a page stays quick to draw. */
	static final int MAX_DAYS = 366;

	private static Map<String, String> ranges() {
		Map<String, String> ranges = new LinkedHashMap<>();
		ranges.put("today", "Today");
		ranges.put("7d", "Last 7 days");
		ranges.put("30d", "Last 30 days");
		ranges.put("8w", "Last 8 weeks");
		ranges.put("custom", "Custom days");
		return ranges;
	}

	static DashboardFilters read(Map<String, String> values, LocalDate today, Collection<String> teams,
			Map<String, String> errors) {
		String team = blankToNull(values.get("team"));
		if (team != null && !teams.contains(team)) {
			errors.put("team", "No team " + team + " owns a service. Choose one of the list.");
			team = null;
		}
		String range = blankToNull(values.get("range"));
		if (range == null) {
			range = "8w";
		}
		switch (range) {
			case "today":
				return new DashboardFilters(range, today, today, team);
			case "7d":
				return new DashboardFilters(range, today.minusDays(6), today, team);
			case "30d":
				return new DashboardFilters(range, today.minusDays(29), today, team);
			case "8w":
				return new DashboardFilters(range, eightWeeks(today), today, team);
			case "custom":
				return custom(values, today, team, errors);
			default:
				errors.put("range", "Choose one of the ranges of the list.");
				return new DashboardFilters("8w", eightWeeks(today), today, team);
		}
	}

	private static DashboardFilters custom(Map<String, String> values, LocalDate today, String team,
			Map<String, String> errors) {
		LocalDate from = day(values.get("from"), "from", errors);
		LocalDate to = day(values.get("to"), "to", errors);
		if (from != null && to != null) {
			if (from.isAfter(to)) {
				errors.put("to", "Must not be before the first day (" + from + ").");
			}
			else if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
				errors.put("to", "At most " + MAX_DAYS + " days after the first day.");
			}
			else if (to.isAfter(today)) {
				errors.put("to", "Must not be after today (" + today + ").");
			}
			else {
				return new DashboardFilters("custom", from, to, team);
			}
		}
		return new DashboardFilters("custom", eightWeeks(today), today, team);
	}

	private static LocalDate day(String value, String field, Map<String, String> errors) {
		if (blankToNull(value) == null) {
			errors.put(field, "Please fill this in: a day such as 2026-03-02.");
			return null;
		}
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException ex) {
			errors.put(field, "Not a day: write it as 2026-03-02.");
			return null;
		}
	}

	/** Eight weeks, this one included: two months of MTTA and MTTR. */
	private static LocalDate eightWeeks(LocalDate today) {
		return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(7);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	boolean isDefault() {
		return "8w".equals(range);
	}

	/** Days for a month, weeks beyond: a chart of up to 31 points stays readable. */
	String bucket() {
		return ChronoUnit.DAYS.between(from, to) < 31 ? "day" : "week";
	}

	/**
	 * The opened-and-resolved chart of the default view keeps its two weeks of days;
	 * other ranges count the whole range.
	 */
	LocalDate flowFrom() {
		return isDefault() ? to.minusDays(13) : from;
	}

	String flowBucket() {
		return isDefault() || ChronoUnit.DAYS.between(from, to) < 62 ? "day" : "week";
	}

	/** The range in words, as the page's headings say it. */
	public String words() {
		return "custom".equals(range) ? from + " to " + to : RANGES.get(range).toLowerCase();
	}

}
