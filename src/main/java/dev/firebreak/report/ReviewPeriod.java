package dev.firebreak.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar period a report covers, in the report zone: an ISO week ({@code 2026-W10},
 * Monday to Sunday), a month ({@code 2026-03}) or a quarter ({@code 2026-Q1}). The one
 * parameter that makes the monthly SLA report and the weekly and quarterly reviews one
 * mechanism.
 *
 * @param label as written in addresses and file names
 * @param first the period's first day
 * @param last its last day, included
 */
public record ReviewPeriod(Cadence cadence, String label, LocalDate first, LocalDate last) {

	private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

	/** How long a period is. */
	public enum Cadence {

		WEEK("week"), MONTH("month"), QUARTER("quarter");

		private final String noun;

		Cadence(String noun) {
			this.noun = noun;
		}

		/** "week", "month", "quarter": for sentences. */
		public String noun() {
			return noun;
		}

		/** The period of this length holding {@code day}. */
		public ReviewPeriod of(LocalDate day) {
			return switch (this) {
				case WEEK -> week(day);
				case MONTH -> month(YearMonth.from(day));
				case QUARTER -> quarter(day.getYear(), day.get(IsoFields.QUARTER_OF_YEAR));
			};
		}

	}

	public static ReviewPeriod month(YearMonth month) {
		return new ReviewPeriod(Cadence.MONTH, month.toString(), month.atDay(1), month.atEndOfMonth());
	}

	static ReviewPeriod week(LocalDate day) {
		LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		String label = String.format(Locale.ROOT, "%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
				monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
		return new ReviewPeriod(Cadence.WEEK, label, monday, monday.plusDays(6));
	}

	static ReviewPeriod quarter(int year, int quarter) {
		LocalDate first = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
		return new ReviewPeriod(Cadence.QUARTER, year + "-Q" + quarter, first, first.plusMonths(3).minusDays(1));
	}

	/**
	 * Reads {@code 2026-W10}, {@code 2026-03} or {@code 2026-Q1}.
	 * @throws InvalidReportRequestException naming {@code field} for anything else
	 */
	public static ReviewPeriod parse(String field, String text) {
		String trimmed = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
		Matcher week = WEEK.matcher(trimmed);
		if (week.matches()) {
			int year = Integer.parseInt(week.group(1));
			int number = Integer.parseInt(week.group(2));
			LocalDate anyDay = LocalDate.of(year, 6, 1);
			if (number < 1 || number > anyDay.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
				throw invalid(field);
			}
			return week(anyDay.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number));
		}
		Matcher quarter = QUARTER.matcher(trimmed);
		if (quarter.matches()) {
			return quarter(Integer.parseInt(quarter.group(1)), Integer.parseInt(quarter.group(2)));
		}
		try {
			return month(ReportParameters.month(field, trimmed));
		}
		catch (InvalidReportRequestException ex) {
			throw invalid(field);
		}
	}

	/** The period of the same length just before this one. */
	public ReviewPeriod previous() {
		return cadence.of(first.minusDays(1));
	}

	private static InvalidReportRequestException invalid(String field) {
		return new InvalidReportRequestException(field,
				"must be a week like 2026-W10, a month like 2026-03 or a quarter like 2026-Q1");
	}

}
