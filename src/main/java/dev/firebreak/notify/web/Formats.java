package dev.firebreak.notify.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the schedule pages write times: in the schedule's own zone, which the page names,
 * since handoffs and restrictions are set in it.
 */
final class Formats {

	private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

	/** For datetime-local inputs. */
	static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", Locale.ROOT);

	private Formats() {
	}

	static String at(Instant instant, ZoneId zone) {
		return instant == null ? "—" : AT.format(instant.atZone(zone));
	}

	static String time(Instant instant, ZoneId zone) {
		return TIME.format(instant.atZone(zone));
	}

	static String day(LocalDate date) {
		return DAY.format(date);
	}

	/** "2 d 4 h", "11 h", "45 min". */
	static String span(Duration duration) {
		long days = duration.toDays();
		long hours = duration.toHoursPart();
		long minutes = duration.toMinutesPart();
		if (days > 0) {
			return hours == 0 ? days + " d" : days + " d " + hours + " h";
		}
		if (hours > 0) {
			return minutes == 0 ? hours + " h" : hours + " h " + minutes + " min";
		}
		return minutes + " min";
	}

}
