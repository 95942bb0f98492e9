package dev.firebreak.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code firebreak.reports.zone} set, report days and months are that zone's
 * calendar days, including the short and long days of daylight saving time.
 */
class ReportCalendarTest {

	final ReportCalendar berlin = new ReportCalendar(
			new ReportProperties(ZoneId.of("Europe/Berlin"), LocalTime.of(1, 0), false, Duration.ofMinutes(1), true),
			Clock.fixed(Instant.parse("2030-03-30T23:30:00Z"), ZoneOffset.UTC));

	@Test
	void aDayIsTheZonesCalendarDay() {
		Period day = berlin.day(LocalDate.parse("2030-03-31"));

		assertThat(day.from()).isEqualTo(Instant.parse("2030-03-30T23:00:00Z"));
		// clocks go forward that night: a day of 23 hours
		assertThat(day.to()).isEqualTo(Instant.parse("2030-03-31T22:00:00Z"));
		assertThat(berlin.dateOf(Instant.parse("2030-03-30T23:00:00Z"))).isEqualTo(LocalDate.parse("2030-03-31"));
		assertThat(berlin.dateOf(Instant.parse("2030-03-30T22:59:59Z"))).isEqualTo(LocalDate.parse("2030-03-30"));
		assertThat(berlin.today()).isEqualTo(LocalDate.parse("2030-03-31"));
	}

	@Test
	void aMonthRunsFromItsFirstToItsLastDayInTheZone() {
		Period october = berlin.month(YearMonth.parse("2030-10"));

		assertThat(october.from()).isEqualTo(Instant.parse("2030-09-30T22:00:00Z"));
		assertThat(october.to()).isEqualTo(Instant.parse("2030-10-31T23:00:00Z"));
	}

	@Test
	void periodsAreHalfOpen() {
		Period day = berlin.day(LocalDate.parse("2030-03-31"));

		assertThat(day.contains(day.from())).isTrue();
		assertThat(day.contains(day.to())).isFalse();
		assertThat(day.contains(null)).isFalse();
	}

}
