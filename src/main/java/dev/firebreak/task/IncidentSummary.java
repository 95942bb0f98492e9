package dev.firebreak.task;

import java.time.Instant;

import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentStatus;
import dev.firebreak.incident.Priority;
import dev.firebreak.incident.Severity;
import dev.firebreak.incident.Stage;

/** One line of the incident list. */
public record IncidentSummary(String number, String title, String service, String team, Severity severity,
		Priority priority, IncidentStatus status, Stage stage, Instant detectedAt, Instant resolvedAt) {

	public static IncidentSummary of(Incident incident) {
		return new IncidentSummary(incident.number(), incident.title(), incident.serviceName(), incident.team(),
				incident.severity(), incident.priority(), incident.status(), incident.stage(), incident.detectedAt(),
				incident.resolvedAt());
	}

}
