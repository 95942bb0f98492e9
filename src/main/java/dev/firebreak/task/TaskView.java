package dev.firebreak.task;

import java.time.Instant;

import dev.firebreak.incident.Priority;
import dev.firebreak.incident.Stage;

/**
 * An open task as queues show it.
 *
 * @param dueAt the deadline that matters now: acknowledge while nobody has taken the
 * incident, resolve after that
 * @param dueClock which of the two {@code dueAt} is
 * @param dueStoppedAt when that clock stopped (the incident was resolved: the root-cause
 * analysis runs after its deadline counted), null while it runs
 */
public record TaskView(String id, String incidentNumber, String incidentTitle, Stage stage, Priority priority,
		String team, String assignee, Instant createdAt, Instant dueAt, String dueClock, Instant dueStoppedAt,
		String givenTo) {
}
