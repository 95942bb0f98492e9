package dev.firebreak.problem;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentStatus;
import dev.firebreak.incident.Priority;
import dev.firebreak.incident.RootCauseAnalysis;

/**
 * One problem with its recent incidents, as the API returns it.
 *
 * @param incidents the most recently detected first, at most
 * {@value Problems#INCIDENTS_SHOWN}; a responder sees their teams' only
 */
record ProblemView(long id, String number, KeyKind keyKind, String key, String service, String title, Instant firstSeen,
		Instant lastSeen, long totalIncidents, long incidentsInWindow, RcaStatus rcaStatus, String knownErrorWorkaround,
		String workaroundUpdatedBy, Instant workaroundUpdatedAt, Recurrence recurrence,
		List<LinkedIncident> incidents) {

	static ProblemView of(ProblemRecord problem, RcaStatus rcaStatus, RecurrenceRule rule, Instant windowStart,
			List<LinkedIncident> incidents) {
		return new ProblemView(problem.id(), problem.number(), problem.keyKind(), problem.key(), problem.service(),
				problem.title(), problem.firstSeen(), problem.lastSeen(), problem.incidentCount(),
				problem.incidentsInWindow(), rcaStatus, problem.workaround(), problem.workaroundUpdatedBy(),
				problem.workaroundUpdatedAt(), new Recurrence(rule.threshold(), rule.window(), windowStart), incidents);
	}

	/** The rule's settings and where the current window starts. */
	record Recurrence(int threshold, Duration window, Instant windowStart) {
	}

	record LinkedIncident(String number, String title, String team, IncidentStatus status, Priority priority,
			Instant detectedAt, boolean rcaRequired, RootCauseAnalysis rootCauseAnalysis) {

		static LinkedIncident of(Incident incident, RootCauseAnalysis analysis) {
			return new LinkedIncident(incident.number(), incident.title(), incident.team(), incident.status(),
					incident.priority(), incident.detectedAt(), incident.rcaRequired(), analysis);
		}

	}

}
