package dev.firebreak.workflow;

import dev.firebreak.failure.Conflict;

/**
 * The task is not in a state that allows the action (claimed by someone else, already
 * done).
 */
public class TaskConflictException extends Conflict {

	public TaskConflictException(String detail) {
		super("Task conflict", detail);
	}

}
