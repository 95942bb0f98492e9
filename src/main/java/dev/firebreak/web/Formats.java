package dev.firebreak.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.stereotype.Component;

/**
 * How pages write times and names ({@code ${@fmt.at(...)}} in templates), and how they
 * read the times people type. Times are written in the reader's own time zone, which is
 * always named ("2026-03-02 14:05 CET"), and typed times are read in it; a person who
 * chose no zone reads UTC. The zone comes from Spring's {@link LocaleContextHolder},
 * which the security feature's resolver fills from the person's choice, so this is the
 * one place that knows about zones: no page converts on its own. Storage, the API and
 * exports stay UTC (ADR 0017). The methods are public because SpEL calls public methods
 * only.
 */
@Component("fmt")
public class Formats {

	public static final ZoneId UTC = ZoneId.of("UTC");

	private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT);

	private static final DateTimeFormatter AT_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z",
			Locale.ROOT);

	/** What a {@code datetime-local} field holds. */
	private static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", Locale.ROOT);

	/**
	 * The zone of the person this page is for: their choice, or UTC when they made none
	 * (or outside a request: mails, background work).
	 */
	public static ZoneId zone() {
		return chosenZone() == null ? UTC : chosenZone();
	}

	private static ZoneId chosenZone() {
		LocaleContext context = LocaleContextHolder.getLocaleContext();
		if (context instanceof TimeZoneAwareLocaleContext aware && aware.getTimeZone() != null) {
			return aware.getTimeZone().toZoneId();
		}
		return null;
	}

	/** Whether the reader chose a zone (else the page offers the browser's). */
	public boolean zoneChosen() {
		return chosenZone() != null;
	}

	public String at(Instant instant) {
		return instant == null ? "—" : AT.format(instant.atZone(zone()));
	}

	public String atSeconds(Instant instant) {
		return instant == null ? "—" : AT_SECONDS.format(instant.atZone(zone()));
	}

	/** The zone the page's times are in, as named beside date and time fields. */
	public String zoneName() {
		return zone().getId();
	}

	/** An instant as a {@code datetime-local} field shows it, in the reader's zone. */
	public static String field(Instant instant) {
		return instant == null ? "" : FIELD.format(instant.truncatedTo(ChronoUnit.MINUTES).atZone(zone()));
	}

	/**
	 * A {@code datetime-local} value typed in the reader's zone. In a daylight-saving gap
	 * the time moves forward by the gap; in an overlap the earlier instant counts.
	 * @throws java.time.format.DateTimeParseException when it is no date and time
	 */
	public static Instant readField(String value) {
		return LocalDateTime.parse(value.strip()).atZone(zone()).toInstant();
	}

	/** For the machine-readable {@code datetime} attribute of {@code <time>}. */
	public String iso(Instant instant) {
		return instant == null ? "" : instant.toString();
	}

	/** An enum constant as words: {@code ROOT_CAUSE_ANALYSIS} → "Root cause analysis". */
	public String words(Object value) {
		return label(value);
	}

	public static String label(Object value) {
		if (value == null) {
			return "—";
		}
		String text = value.toString().toLowerCase(Locale.ROOT).replace('_', ' ');
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/** "1 incident", "2 incidents": a count with its noun, plural by adding an s. */
	public String count(long count, String noun) {
		return count(count, noun, noun + "s");
	}

	/** "1 alert", "0 alerts"; for nouns whose plural is not theirs plus s. */
	public String count(long count, String one, String many) {
		return String.format(Locale.ROOT, "%,d %s", count, count == 1 ? one : many);
	}

	/**
	 * A file's size as people read it: "512 bytes", "10.7 kB", "3.2 MB" (1 kB = 1,000
	 * bytes).
	 */
	public String bytes(long bytes) {
		if (bytes < 1_000) {
			return count(bytes, "byte");
		}
		String[] units = { "kB", "MB", "GB", "TB" };
		double value = bytes;
		int unit = -1;
		while (value >= 999.95 && unit < units.length - 1) {
			value /= 1_000;
			unit++;
		}
		return String.format(Locale.ROOT, value < 100 ? "%.1f %s" : "%.0f %s", value, units[unit]);
	}

	/** A duration given in seconds (a report's mean time), or "—" when there is none. */
	public String seconds(Double seconds) {
		return fromSeconds(seconds);
	}

	/** {@link #seconds}, for view records built in code. */
	public static String fromSeconds(Double seconds) {
		return seconds == null ? "—" : span(Duration.ofMillis(Math.round(seconds * 1000)));
	}

	/**
	 * A duration in the two largest units that matter: "2 d 4 h", "3 h 5 min", "47 min".
	 */
	public static String span(Duration duration) {
		Duration d = duration.abs();
		long days = d.toDays();
		long hours = d.toHoursPart();
		long minutes = d.toMinutesPart();
		if (days > 0) {
			return hours == 0 ? days + " d" : days + " d " + hours + " h";
		}
		if (hours > 0) {
			return minutes == 0 ? hours + " h" : hours + " h " + minutes + " min";
		}
		return minutes == 0 ? "< 1 min" : minutes + " min";
	}

}
