package dev.firebreak.export.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.firebreak.export.ExportFilters;
import dev.firebreak.incident.IncidentStatus;
import dev.firebreak.incident.Priority;
import dev.firebreak.web.FormValues;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The issue log's filters as typed into the search form. They are kept as typed, so that
 * a form with a mistake comes back as it was, and read into the export's
 * {@link ExportFilters}, so that the list and the workbook hold the same incidents. Times
 * are UTC, as in the API: a day ({@code 2026-03-02}, its midnight) or an instant.
 */
record IssueLogFilters(String from, String to, String service, String team, String priority, String status) {

	static IssueLogFilters of(Map<String, String> values) {
		return new IssueLogFilters(trimmed(values.get("from")), trimmed(values.get("to")),
				trimmed(values.get("service")), trimmed(values.get("team")), trimmed(values.get("priority")),
				trimmed(values.get("status")));
	}

	/**
	 * @param errors receives a message per field that cannot be read
	 * @return the filters; meaningful only when no error was added
	 */
	ExportFilters read(Map<String, String> errors) {
		return new ExportFilters(instant(from, "from", errors), instant(to, "to", errors), service, team,
				FormValues.option(Priority.class, priority, "priority", errors),
				FormValues.option(IncidentStatus.class, status, "status", errors));
	}

	/** For the form's fields: {@code values['service']}. */
	Map<String, String> values() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("from", from);
		values.put("to", to);
		values.put("service", service);
		values.put("team", team);
		values.put("priority", priority);
		values.put("status", status);
		return values;
	}

	/** The search page of these filters: a stable address to paste into a chat. */
	String link(int page) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/issue-log");
		values().forEach((name, value) -> {
			if (value != null) {
				link.queryParam(name, value);
			}
		});
		if (page > 0) {
			link.queryParam("page", page);
		}
		return link.encode().build().toUriString();
	}

	private static Instant instant(String value, String field, Map<String, String> errors) {
		if (value == null) {
			return null;
		}
		try {
			return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
					: Instant.parse(value);
		}
		catch (DateTimeParseException ex) {
			errors.put(field, "Please give a UTC day like 2026-03-02, or a time like 2026-03-02T08:00:00Z.");
			return null;
		}
	}

	private static String trimmed(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
