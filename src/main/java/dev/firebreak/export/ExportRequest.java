package dev.firebreak.export;

import java.time.Instant;

import dev.firebreak.incident.IncidentStatus;
import dev.firebreak.incident.Priority;

/** The body of {@code POST /api/v1/exports}: the issue log's filters, all optional. */
record ExportRequest(Instant from, Instant to, String service, String team, Priority priority, IncidentStatus status) {

	ExportFilters filters() {
		return new ExportFilters(from, to, blankToNull(service), blankToNull(team), priority, status);
	}

	static String blankToNull(String value) {
		return value == null || value.isEmpty() ? null : value;
	}

}
