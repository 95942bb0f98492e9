package dev.firebreak.export;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import dev.firebreak.incident.IncidentFilter;
import dev.firebreak.incident.IncidentStatus;
import dev.firebreak.incident.Priority;

/**
 * Which incidents an issue log holds; every field is optional.
 *
 * @param from detected at or after (inclusive)
 * @param to detected before (exclusive)
 */
public record ExportFilters(Instant from, Instant to, String service, String team, Priority priority,
		IncidentStatus status) {

	static final ExportFilters NONE = new ExportFilters(null, null, null, null, null, null);

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
		return set;
	}

	/** The same filters in the incident feature's terms, for its query API. */
	IncidentFilter incidentFilter() {
		return new IncidentFilter(status, priority, service, team == null ? null : Set.of(team), from, to);
	}

	static ExportFilters of(Map<String, String> described) {
		return new ExportFilters(instant(described.get("from")), instant(described.get("to")), described.get("service"),
				described.get("team"),
				described.get("priority") == null ? null : Priority.valueOf(described.get("priority")),
				described.get("status") == null ? null : IncidentStatus.valueOf(described.get("status")));
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
