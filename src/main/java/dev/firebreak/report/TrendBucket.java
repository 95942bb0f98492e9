package dev.firebreak.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Locale;

/** How a trend's days are grouped: calendar days, ISO weeks (Monday first), months. */
enum TrendBucket {

	DAY, WEEK, MONTH;

	String parameter() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The last day of the bucket that {@code day} starts in. */
	LocalDate lastDay(LocalDate day) {
		return switch (this) {
			case DAY -> day;
			case WEEK -> day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
			case MONTH -> day.with(TemporalAdjusters.lastDayOfMonth());
		};
	}

	String label(LocalDate day) {
		return switch (this) {
			case DAY -> day.toString();
			case WEEK ->
				"%d-W%02d".formatted(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
			case MONTH -> day.format(DateTimeFormatter.ofPattern("yyyy-MM"));
		};
	}

	static TrendBucket of(String text) {
		return Arrays.stream(values())
			.filter(bucket -> bucket.parameter().equals(text))
			.findFirst()
			.orElseThrow(() -> new InvalidReportRequestException("by", "must be one of day, week, month"));
	}

}
