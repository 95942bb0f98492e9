package dev.firebreak.export;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import dev.firebreak.incident.IncidentFilter;
import dev.firebreak.incident.IncidentStatus;
import dev.firebreak.incident.Priority;
import dev.firebreak.task.IncidentSearch;

/**
 * Which incidents an issue log holds; every field is optional.
 *
 * @param from detected at or after (inclusive)
 * @param to detected before (exclusive)
 * @param text free text, as the incident search reads it
 */
public record ExportFilters(Instant from, Instant to, String service, String team, Priority priority,
		IncidentStatus status, String text) {

	static final ExportFilters NONE = new ExportFilters(null, null, null, null, null, null, null);

	public ExportFilters(Instant from, Instant to, String service, String team, Priority priority,
			IncidentStatus status) {
		this(from, to, service, team, priority, status, null);
	}

	/** The issue log's filters as the incident search read them. */
	public static ExportFilters of(IncidentSearch search) {
		return new ExportFilters(search.from(), search.to(), search.service(), search.team(), search.priority(),
				search.status(), search.text());
	}

	/**
	 * The filters that are set, by name, as text: for the job row, the audit log and
	 * About.
	 */
	Map<String, String> describe() {
		Map<String, String> set = new LinkedHashMap<>();
		put(set, "from", from);
		put(set, "to", to);
		put(set, "service", service);
		put(set, "team", team);
		put(set, "priority", priority);
		put(set, "status", status);
		put(set, "q", text);
		return set;
	}

	/** The same filters in the incident feature's terms, for its query API. */
	IncidentFilter incidentFilter() {
		return new IncidentFilter(status, priority, service, team == null ? null : Set.of(team), from, to, null, text);
	}

	static ExportFilters of(Map<String, String> described) {
		return new ExportFilters(instant(described.get("from")), instant(described.get("to")), described.get("service"),
				described.get("team"),
				described.get("priority") == null ? null : Priority.valueOf(described.get("priority")),
				described.get("status") == null ? null : IncidentStatus.valueOf(described.get("status")),
				described.get("q"));
	}

	private static Instant instant(String value) {
		return value == null ? null : Instant.parse(value);
	}

	private static void put(Map<String, String> map, String name, Object value) {
		if (value != null) {
			map.put(name, value.toString());
		}
	}

}
