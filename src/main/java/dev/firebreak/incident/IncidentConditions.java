package dev.firebreak.incident;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * An {@link IncidentFilter} as SQL conditions on {@code fb_incident}, the same for the
 * incident list and for readers of many incidents.
 *
 * @param sql {@code " and ..."} for each field that is set; empty when none is
 * @param none whether the filter matches nothing (an empty set of teams)
 */
record IncidentConditions(String sql, Map<String, Object> params, boolean none) {

	static IncidentConditions of(IncidentFilter filter) {
		Map<String, Object> params = new LinkedHashMap<>();
		StringJoiner sql = new StringJoiner(" and ", " and ", "").setEmptyValue("");
		if (filter.status() != null) {
			sql.add("status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.priority() != null) {
			sql.add("priority = :priority");
			params.put("priority", filter.priority().name());
		}
		if (filter.service() != null) {
			sql.add("service_name = :service");
			params.put("service", filter.service());
		}
		boolean alsoSome = filter.alsoIncidents() != null && !filter.alsoIncidents().isEmpty();
		if (filter.teams() != null && alsoSome) {
			sql.add(filter.teams().isEmpty() ? "id in (:also)" : "(team in (:teams) or id in (:also))");
			if (!filter.teams().isEmpty()) {
				params.put("teams", filter.teams());
			}
			params.put("also", filter.alsoIncidents());
		}
		else if (filter.teams() != null) {
			sql.add("team in (:teams)");
			params.put("teams", filter.teams());
		}
		if (filter.detectedFrom() != null) {
			sql.add("detected_at >= :from");
			params.put("from", IncidentRepository.toDb(filter.detectedFrom()));
		}
		if (filter.detectedTo() != null) {
			sql.add("detected_at < :to");
			params.put("to", IncidentRepository.toDb(filter.detectedTo()));
		}
		String text = IncidentText.condition(filter.text(), params);
		if (text != null) {
			sql.add(text);
		}
		return new IncidentConditions(sql.toString(), params,
				filter.teams() != null && filter.teams().isEmpty() && !alsoSome);
	}

}
