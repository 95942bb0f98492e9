package dev.firebreak.sla;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.firebreak.failure.FieldError;
import dev.firebreak.failure.InvalidInput;
import dev.firebreak.incident.Priority;

/**
 * The checks on calendars and policies, naming every field at once. Returns what was
 * read, in our types, once nothing is wrong.
 */
final class SlaRules {

	private static final Pattern HOURS = Pattern.compile("(\\d{2}):(\\d{2})-(\\d{2}):(\\d{2})");

	/**
	 * Calendars cover a few years at a time: holidays are published a year or two ahead.
	 */
	private static final int MAX_YEARS = 10;

	private SlaRules() {
	}

	record Calendar(String name, ZoneId zone, Map<DayOfWeek, List<BusinessHours.Hours>> hours, List<LocalDate> holidays,
			int firstYear, int lastYear) {
	}

	record Policy(String name, String service, Integer tier, Priority priority, Duration acknowledgeWithin,
			Duration resolveWithin, SlaPolicy.Measure measure, Long calendarId, boolean pauseDuringMaintenance) {
	}

	static Calendar calendar(SlaCalendarRequest request) {
		List<FieldError> errors = new ArrayList<>();
		String name = name(request.name(), errors);
		ZoneId zone = null;
		if (blank(request.zone())) {
			errors.add(new FieldError("zone", "must not be blank"));
		}
		else {
			try {
				zone = ZoneId.of(request.zone().strip());
			}
			catch (DateTimeException ex) {
				errors.add(new FieldError("zone", "is not a known time zone (use an IANA id such as Europe/Berlin)"));
			}
		}
		Map<DayOfWeek, List<BusinessHours.Hours>> hours = hours(request.hours(), errors);
		Integer first = request.firstYear();
		Integer last = request.lastYear();
		if (first == null || first < 1970 || first > 2999) {
			errors.add(new FieldError("firstYear", "must be a year from 1970 to 2999"));
		}
		if (last == null || last < 1970 || last > 2999) {
			errors.add(new FieldError("lastYear", "must be a year from 1970 to 2999"));
		}
		else if (first != null && last < first) {
			errors.add(new FieldError("lastYear", "must not be before firstYear"));
		}
		else if (first != null && last - first >= MAX_YEARS) {
			errors.add(new FieldError("lastYear", "must be within " + MAX_YEARS + " years of firstYear"));
		}
		List<LocalDate> holidays = new ArrayList<>();
		List<String> given = request.holidays() == null ? List.of() : request.holidays();
		for (int i = 0; i < given.size(); i++) {
			String field = "holidays[" + i + "]";
			try {
				LocalDate date = LocalDate.parse(given.get(i) == null ? "" : given.get(i).strip());
				if (first != null && last != null && (date.getYear() < first || date.getYear() > last)) {
					errors.add(new FieldError(field, "is outside the calendar's years " + first + "-" + last));
				}
				else if (holidays.contains(date)) {
					errors.add(new FieldError(field, "is given twice"));
				}
				else {
					holidays.add(date);
				}
			}
			catch (DateTimeParseException ex) {
				errors.add(new FieldError(field, "must be a date such as 2026-12-25"));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return new Calendar(name, zone, hours, holidays.stream().sorted().toList(), first, last);
	}

	private static Map<DayOfWeek, List<BusinessHours.Hours>> hours(Map<String, List<String>> given,
			List<FieldError> errors) {
		Map<DayOfWeek, List<BusinessHours.Hours>> weekly = new EnumMap<>(DayOfWeek.class);
		if (given == null || given.isEmpty()) {
			errors.add(new FieldError("hours", "must give the working hours of at least one day"));
			return weekly;
		}
		given.forEach((dayName, ranges) -> {
			DayOfWeek day;
			try {
				day = DayOfWeek.valueOf(dayName.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				errors.add(new FieldError("hours." + dayName, "is not a day of the week (MONDAY ... SUNDAY)"));
				return;
			}
			List<BusinessHours.Hours> accepted = new ArrayList<>();
			List<String> list = ranges == null ? List.of() : ranges;
			for (int i = 0; i < list.size(); i++) {
				String field = "hours." + day + "[" + i + "]";
				BusinessHours.Hours hours = range(list.get(i), field, errors);
				if (hours == null) {
					continue;
				}
				for (BusinessHours.Hours other : accepted) {
					if (overlap(hours, other)) {
						errors.add(new FieldError(field, "overlaps " + other));
						hours = null;
						break;
					}
				}
				if (hours != null) {
					accepted.add(hours);
				}
			}
			if (!accepted.isEmpty()) {
				weekly.put(day, accepted);
			}
		});
		return weekly;
	}

	private static BusinessHours.Hours range(String text, String field, List<FieldError> errors) {
		Matcher m = HOURS.matcher(text == null ? "" : text.strip());
		if (!m.matches()) {
			errors.add(new FieldError(field, "must be hours such as 09:00-17:00"));
			return null;
		}
		LocalTime from = time(m.group(1), m.group(2), false);
		LocalTime to = time(m.group(3), m.group(4), true);
		if (from == null || to == null) {
			errors.add(new FieldError(field, "must be times from 00:00 to 24:00"));
			return null;
		}
		boolean untilMidnight = LocalTime.MIDNIGHT.equals(to);
		if (!untilMidnight && !to.isAfter(from)) {
			errors.add(new FieldError(field,
					"ends before it starts (a night shift is two entries: 22:00-24:00, and 00:00-06:00 the next day)"));
			return null;
		}
		return new BusinessHours.Hours(from, to);
	}

	/** 24:00 only as an end, as midnight. */
	private static LocalTime time(String hours, String minutes, boolean end) {
		int h = Integer.parseInt(hours);
		int m = Integer.parseInt(minutes);
		if (end && h == 24 && m == 0) {
			return LocalTime.MIDNIGHT;
		}
		return h < 24 && m < 60 ? LocalTime.of(h, m) : null;
	}

	private static boolean overlap(BusinessHours.Hours a, BusinessHours.Hours b) {
		return a.from().isBefore(end(b)) && b.from().isBefore(end(a));
	}

	private static LocalTime end(BusinessHours.Hours hours) {
		return hours.untilMidnight() ? LocalTime.MAX : hours.to();
	}

	/**
	 * @param serviceKnown whether the named service is in the catalogue
	 * @param calendarKnown whether the named calendar exists
	 */
	static Policy policy(SlaPolicyRequest request, java.util.function.Predicate<String> serviceKnown,
			java.util.function.LongPredicate calendarKnown) {
		List<FieldError> errors = new ArrayList<>();
		String name = name(request.name(), errors);
		String service = blank(request.service()) ? null : request.service().strip();
		if (service != null && !serviceKnown.test(service)) {
			errors.add(new FieldError("service", "is not a known service"));
		}
		if (request.tier() != null && (request.tier() < 1 || request.tier() > 3)) {
			errors.add(new FieldError("tier", "must be 1, 2 or 3"));
		}
		Priority priority = null;
		if (!blank(request.priority())) {
			try {
				priority = Priority.valueOf(request.priority().strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				errors.add(new FieldError("priority", "must be P1, P2, P3 or P4"));
			}
		}
		Duration acknowledge = target(request.acknowledgeWithin(), "acknowledgeWithin", errors);
		Duration resolve = target(request.resolveWithin(), "resolveWithin", errors);
		if (acknowledge != null && resolve != null && resolve.compareTo(acknowledge) < 0) {
			errors.add(new FieldError("resolveWithin", "must not be shorter than acknowledgeWithin"));
		}
		SlaPolicy.Measure measure = SlaPolicy.Measure.CALENDAR_TIME;
		if (!blank(request.measure())) {
			try {
				measure = SlaPolicy.Measure.valueOf(request.measure().strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				errors.add(new FieldError("measure", "must be CALENDAR_TIME or BUSINESS_HOURS"));
			}
		}
		Long calendar = request.calendarId();
		if (measure == SlaPolicy.Measure.BUSINESS_HOURS && calendar == null) {
			errors.add(new FieldError("calendarId", "is required when measured in BUSINESS_HOURS"));
		}
		else if (measure == SlaPolicy.Measure.CALENDAR_TIME && calendar != null) {
			errors.add(new FieldError("calendarId", "applies only when measured in BUSINESS_HOURS"));
		}
		else if (calendar != null && !calendarKnown.test(calendar)) {
			errors.add(new FieldError("calendarId", "is not a known calendar"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return new Policy(name, service, request.tier(), priority, acknowledge, resolve, measure, calendar,
				Boolean.TRUE.equals(request.pauseDuringMaintenance()));
	}

	private static Duration target(String text, String field, List<FieldError> errors) {
		if (blank(text)) {
			errors.add(new FieldError(field, "must not be blank"));
			return null;
		}
		try {
			Duration duration = Duration.parse(text.strip());
			if (duration.isNegative() || duration.isZero()) {
				errors.add(new FieldError(field, "must be longer than zero"));
				return null;
			}
			if (duration.compareTo(Duration.ofDays(366)) > 0) {
				errors.add(new FieldError(field, "must be at most a year"));
				return null;
			}
			return duration;
		}
		catch (DateTimeParseException ex) {
			errors.add(new FieldError(field, "must be an ISO-8601 duration such as PT30M or PT8H"));
			return null;
		}
	}

	private static String name(String name, List<FieldError> errors) {
		if (blank(name)) {
			errors.add(new FieldError("name", "must not be blank"));
			return null;
		}
		if (name.strip().length() > 100) {
			errors.add(new FieldError("name", "must be at most 100 characters"));
			return null;
		}
		return name.strip();
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
