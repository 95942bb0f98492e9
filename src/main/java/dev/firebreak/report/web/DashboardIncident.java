package dev.firebreak.report.web;

import java.time.Instant;

import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentRecord;
import dev.firebreak.incident.IncidentStatus;
import dev.firebreak.incident.Priority;

/** One incident behind a figure of the dashboard, as its list shows it. */
record DashboardIncident(String number, String title, String service, String team, Priority priority,
		IncidentStatus status, Instant detectedAt) {

	static DashboardIncident of(Incident incident) {
		return new DashboardIncident(incident.number(), incident.title(), incident.serviceName(), incident.team(),
				incident.priority(), incident.status(), incident.detectedAt());
	}

	static DashboardIncident of(IncidentRecord incident) {
		return new DashboardIncident(incident.number(), incident.title(), incident.service(), incident.team(),
				incident.priority(), incident.status(), incident.detectedAt());
	}

}
