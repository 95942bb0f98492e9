package dev.firebreak.incident.web;

import java.time.Instant;

import dev.firebreak.incident.Priority;
import dev.firebreak.incident.Stage;
import dev.firebreak.sla.SlaClock;
import dev.firebreak.task.TaskView;

/**
 * One of the incident's open tasks, in the shared {@code web/fragments :: work-item} that
 * My work uses too, so it has the names of task's own line of My work; that one is task's
 * inside and this module may not use it.
 */
record OpenTask(String taskId, String incidentNumber, String incidentTitle, Stage stage, Priority priority, String team,
		String assignee, SlaClock clock, String givenTo) {

	static OpenTask of(TaskView task, Instant now) {
		return new OpenTask(task.id(), task.incidentNumber(), task.incidentTitle(), task.stage(), task.priority(),
				task.team(), task.assignee(), SlaClock.forTask(task.dueClock(), task.dueAt(), task.dueStoppedAt(), now),
				task.givenTo());
	}

}
