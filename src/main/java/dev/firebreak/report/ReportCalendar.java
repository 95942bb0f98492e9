package dev.firebreak.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.stereotype.Component;

/** Calendar days and months in the report zone, and "now" from the injected clock. */
@Component
class ReportCalendar {

	private final ZoneId zone;

	private final Clock clock;

	ReportCalendar(ReportProperties properties, Clock clock) {
		this.zone = properties.zone();
		this.clock = clock;
	}

	ZoneId zone() {
		return zone;
	}

	Instant now() {
		return clock.instant();
	}

	ZonedDateTime nowInZone() {
		return clock.instant().atZone(zone);
	}

	LocalDate today() {
		return nowInZone().toLocalDate();
	}

	/** The days {@code first} to {@code last}, both included. */
	Period days(LocalDate first, LocalDate last) {
		return new Period(first.atStartOfDay(zone).toInstant(), last.plusDays(1).atStartOfDay(zone).toInstant());
	}

	Period day(LocalDate date) {
		return days(date, date);
	}

	Period month(YearMonth month) {
		return days(month.atDay(1), month.atEndOfMonth());
	}

	LocalDate dateOf(Instant instant) {
		return LocalDate.ofInstant(instant, zone);
	}

}
