package dev.firebreak.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Which scheduled reports are due, by the report zone's calendar: yesterday's daily
 * report once the day's {@code daily-at} time has come, and last month's SLA report from
 * then on the first of the month.
 */
@Component
public class ReportSchedule {

	private final ReportCalendar calendar;

	private final ReportProperties properties;

	ReportSchedule(ReportCalendar calendar, ReportProperties properties) {
		this.calendar = calendar;
		this.properties = properties;
	}

	/** Yesterday, once its report is due today. */
	public Optional<LocalDate> dailyDue() {
		ZonedDateTime now = calendar.nowInZone();
		return now.toLocalTime().isBefore(properties.dailyAt()) ? Optional.empty()
				: Optional.of(now.toLocalDate().minusDays(1));
	}

	/** Last month, once its report is due (the daily time of the 1st has come). */
	public Optional<YearMonth> monthlyDue() {
		ZonedDateTime now = calendar.nowInZone();
		boolean firstBeforeTime = now.getDayOfMonth() == 1 && now.toLocalTime().isBefore(properties.dailyAt());
		return firstBeforeTime ? Optional.empty() : Optional.of(YearMonth.from(now).minusMonths(1));
	}

	/** Whether this node runs scheduled report work (tests switch it off). */
	public boolean enabled() {
		return properties.schedulerEnabled();
	}

}
