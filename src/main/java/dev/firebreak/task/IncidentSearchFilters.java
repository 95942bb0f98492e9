package dev.firebreak.task;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.firebreak.failure.FieldError;
import dev.firebreak.failure.InvalidInput;
import dev.firebreak.incident.IncidentStatus;
import dev.firebreak.incident.Priority;
import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.security.TeamDirectory;

import org.springframework.stereotype.Component;

/**
 * Reads the filters of an incident search as sent ({@code q}, {@code service},
 * {@code team}, {@code priority}, {@code status}, {@code from}, {@code to}) and checks
 * them all before answering, so that every wrong filter is named at once: the API, the
 * incident list, the issue log and the issue-log export use this one reader.
 * <p>
 * A time is a day ({@code 2026-03-02}, its midnight), a local date and time
 * ({@code 2026-03-02T08:00}) or an instant ({@code 2026-03-02T08:00:00Z}). Days and local
 * times are read in the zone given: UTC for the API, the reader's own zone for pages.
 */
@Component
public class IncidentSearchFilters {

	/** Longer text is refused: nobody types it, and every word is a condition. */
	public static final int MAX_TEXT = 200;

	private final ServiceCatalogue services;

	private final TeamDirectory teams;

	IncidentSearchFilters(ServiceCatalogue services, TeamDirectory teams) {
		this.services = services;
		this.teams = teams;
	}

	/**
	 * @throws InvalidInput naming every filter that is wrong
	 */
	public IncidentSearch read(Map<String, String> values, ZoneId zone) {
		List<FieldError> errors = new ArrayList<>();
		IncidentSearch search = read(values, zone, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return search;
	}

	/**
	 * @param errors receives one error per wrong filter
	 * @return the filters; meaningful only when no error was added
	 */
	public IncidentSearch read(Map<String, String> values, ZoneId zone, List<FieldError> errors) {
		String text = given(values.get("q"));
		if (text != null && text.length() > MAX_TEXT) {
			errors.add(new FieldError("q", "must be at most " + MAX_TEXT + " characters"));
		}
		String service = given(values.get("service"));
		if (service != null && services.find(service).isEmpty()) {
			errors.add(new FieldError("service", "is not a service in the catalogue"));
		}
		String team = given(values.get("team"));
		if (team != null && !teams.exists(team)) {
			errors.add(new FieldError("team", "is not a team"));
		}
		Priority priority = option(Priority.class, values.get("priority"), "priority", errors);
		IncidentStatus status = option(IncidentStatus.class, values.get("status"), "status", errors);
		Instant from = time(values.get("from"), "from", zone, errors);
		Instant to = time(values.get("to"), "to", zone, errors);
		if (from != null && to != null && !from.isBefore(to)) {
			errors.add(new FieldError("to", "must be after from"));
		}
		return new IncidentSearch(text, service, team, priority, status, from, to);
	}

	private static <E extends Enum<E>> E option(Class<E> type, String value, String field, List<FieldError> errors) {
		String given = given(value);
		if (given == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, given);
		}
		catch (IllegalArgumentException ex) {
			errors.add(new FieldError(field, "must be one of "
					+ Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
			return null;
		}
	}

	private static Instant time(String value, String field, ZoneId zone, List<FieldError> errors) {
		String given = given(value);
		if (given == null) {
			return null;
		}
		try {
			if (given.length() == 10) {
				return LocalDate.parse(given).atStartOfDay(zone).toInstant();
			}
			if (given.endsWith("Z") || given.matches(".*[+-]\\d\\d:\\d\\d$")) {
				return OffsetDateTime.parse(given).toInstant();
			}
			return LocalDateTime.parse(given).atZone(zone).toInstant();
		}
		catch (DateTimeException ex) {
			errors.add(new FieldError(field, "must be a day like 2026-03-02 or a time like 2026-03-02T08:00:00Z"));
			return null;
		}
	}

	private static String given(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
