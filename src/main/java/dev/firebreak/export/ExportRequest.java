package dev.firebreak.export;

import java.time.Instant;

import dev.firebreak.incident.IncidentStatus;
import dev.firebreak.incident.Priority;

/**
 * The body of {@code POST /api/v1/exports}: the issue log's filters, all optional;
 * {@code q} is free text, as in the incident list.
 */
record ExportRequest(Instant from, Instant to, String service, String team, Priority priority, IncidentStatus status,
		String q) {

	ExportFilters filters() {
		return new ExportFilters(from, to, blankToNull(service), blankToNull(team), priority, status,
				q == null || q.isBlank() ? null : q.trim());
	}

	static String blankToNull(String value) {
		return value == null || value.isEmpty() ? null : value;
	}

}
