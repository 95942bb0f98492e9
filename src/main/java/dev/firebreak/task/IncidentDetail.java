package dev.firebreak.task;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.firebreak.incident.Impact;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentStatus;
import dev.firebreak.incident.Priority;
import dev.firebreak.incident.Resolution;
import dev.firebreak.incident.Severity;
import dev.firebreak.incident.Stage;
import dev.firebreak.incident.TimelineEntry;
import dev.firebreak.incident.TimelineType;
import dev.firebreak.sla.SlaState;

/**
 * An incident with its open tasks, SLA clocks and full timeline, as the API returns it.
 *
 * @param owner who owns it (acknowledged it, or was handed it), or null
 */
public record IncidentDetail(String number, String title, String description, String service, String team, String owner,
		Severity severity, Impact impact, Priority priority, IncidentStatus status, Stage stage, Resolution resolution,
		boolean rcaRequired, int escalationLevel, String duplicateOf, String reportedBy, Instant detectedAt,
		Instant acknowledgedAt, Instant mitigatedAt, Instant resolvedAt, Instant closedAt, Instant recoveredAt,
		String dedupKey, int occurrences, Instant lastSeenAt, String recurrenceOf, boolean stale, SlaState sla,
		List<TaskView> openTasks, List<Entry> timeline) {

	static IncidentDetail of(Incident incident, SlaState sla, List<TaskView> openTasks, List<TimelineEntry> timeline) {
		return new IncidentDetail(incident.number(), incident.title(), incident.description(), incident.serviceName(),
				incident.team(), incident.owner(), incident.severity(), incident.impact(), incident.priority(),
				incident.status(), incident.stage(), incident.resolution(), incident.rcaRequired(),
				incident.escalationLevel(),
				incident.duplicateOf() == null ? null : Incident.number(incident.duplicateOf()), incident.reportedBy(),
				incident.detectedAt(), incident.acknowledgedAt(), incident.mitigatedAt(), incident.resolvedAt(),
				incident.closedAt(), incident.recoveredAt(), incident.dedupKey(), incident.occurrences(),
				incident.lastSeenAt(),
				incident.recurrenceOf() == null ? null : Incident.number(incident.recurrenceOf()), incident.stale(),
				sla, openTasks,
				timeline.stream().map(e -> new Entry(e.at(), e.actor(), e.type(), e.details())).toList());
	}

	public record Entry(Instant at, String actor, TimelineType type, Map<String, Object> details) {
	}

}
