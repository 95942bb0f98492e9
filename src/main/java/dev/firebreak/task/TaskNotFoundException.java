package dev.firebreak.task;

import dev.firebreak.failure.NotFound;

class TaskNotFoundException extends NotFound {

	TaskNotFoundException(String taskId) {
		super("Task not found", "There is no task " + taskId + ".");
	}

}
