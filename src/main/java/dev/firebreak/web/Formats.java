package dev.firebreak.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * How pages write times and names ({@code ${@fmt.at(...)}} in templates). Times are UTC
 * and say so: responders in different places read the same clock, and the timeline is
 * what auditors compare with other systems' logs. The methods are public because SpEL
 * calls public methods only.
 */
@Component("fmt")
public class Formats {

	private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter AT_SECONDS = DateTimeFormatter
		.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	public String at(Instant instant) {
		return instant == null ? "—" : AT.format(instant);
	}

	public String atSeconds(Instant instant) {
		return instant == null ? "—" : AT_SECONDS.format(instant);
	}

	/** The zone the page's times are in, as named beside them and beside date fields. */
	public String zoneName() {
		return "UTC";
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
