package dev.firebreak.report;

import java.time.Instant;
import java.util.Map;

import dev.firebreak.incident.Incident;

/** A timeline entry with the incident it belongs to. */
record TimelineFact(long incidentId, String service, String title, Instant at, String actor,
		Map<String, Object> details) {

	String number() {
		return Incident.number(incidentId);
	}

	String text(String key) {
		Object value = details.get(key);
		return value == null ? null : value.toString();
	}

}
