package dev.firebreak.task.web;

import java.time.Instant;

import dev.firebreak.incident.Priority;
import dev.firebreak.incident.Stage;
import dev.firebreak.task.TaskView;
import dev.firebreak.sla.SlaClock;

/** One line of My work. */
record WorkItem(String taskId, String incidentNumber, String incidentTitle, Stage stage, Priority priority, String team,
		String assignee, SlaClock clock) {

	static WorkItem of(TaskView task, Instant now) {
		return new WorkItem(task.id(), task.incidentNumber(), task.incidentTitle(), task.stage(), task.priority(),
				task.team(), task.assignee(),
				SlaClock.forTask(task.dueClock(), task.dueAt(), task.dueStoppedAt(), now));
	}

}
