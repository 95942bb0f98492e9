package dev.firebreak.task;

import java.time.Clock;

import dev.firebreak.workflow.WorkTaskCancelled;
import dev.firebreak.workflow.WorkTaskCreated;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes our record of each human task in the same transaction the engine creates it in.
 */
@Component
class WorkTaskRecorder {

	private final WorkTaskRepository tasks;

	private final Clock clock;

	WorkTaskRecorder(WorkTaskRepository tasks, Clock clock) {
		this.tasks = tasks;
		this.clock = clock;
	}

	@EventListener
	void on(WorkTaskCreated created) {
		tasks.insert(created.taskId(), created.incidentId(), created.stage(), created.team(), created.createdAt());
		if (created.assignee() != null) {
			tasks.markClaimed(created.taskId(), created.assignee(), created.createdAt());
		}
	}

	@EventListener
	void on(WorkTaskCancelled cancelled) {
		tasks.markCancelled(cancelled.taskId(), clock.instant());
	}

}
