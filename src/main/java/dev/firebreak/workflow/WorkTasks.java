package dev.firebreak.workflow;

import java.util.Map;

import dev.firebreak.incident.DiagnosisOutcome;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The engine side of human work: claim, release and complete. Queues and the record of
 * who did what live in the task feature's own tables.
 */
@Component
@Transactional
public class WorkTasks {

	private final TaskService tasks;

	private final IdentityService identity;

	WorkTasks(TaskService tasks, IdentityService identity) {
		this.tasks = tasks;
		this.identity = identity;
	}

	public void claim(String taskId, String user) {
		Task task = open(taskId);
		if (task.getAssignee() != null) {
			throw new TaskConflictException("Task " + taskId + " is already claimed by " + task.getAssignee() + ".");
		}
		tasks.setAssignee(taskId, user);
	}

	public void unclaim(String taskId) {
		open(taskId);
		tasks.setAssignee(taskId, null);
	}

	/** Completes a diagnosis; its outcome picks the next step. */
	public void completeDiagnosis(String taskId, String actor, DiagnosisOutcome outcome) {
		complete(taskId, actor, Map.of(ProcessConstants.VAR_DIAGNOSIS_OUTCOME, outcome.name()));
	}

	/** Completes a verification; a failure sends the incident back to hotfix. */
	public void completeVerification(String taskId, String actor, boolean passed) {
		complete(taskId, actor, Map.of(ProcessConstants.VAR_VERIFICATION_PASSED, passed));
	}

	/**
	 * Completes a task whose outcome does not steer the route (hotfix, root-cause
	 * analysis).
	 */
	public void complete(String taskId, String actor) {
		complete(taskId, actor, Map.of());
	}

	/**
	 * Completes the task as {@code actor}: what the route runs next, up to its next wait
	 * state, happens in this call and names them.
	 */
	private void complete(String taskId, String actor, Map<String, Object> routing) {
		open(taskId);
		try {
			Actors.as(identity, actor, () -> {
				tasks.complete(taskId, routing);
				return null;
			});
		}
		catch (OptimisticLockingException ex) {
			throw new TaskConflictException("Task " + taskId + " was changed at the same time; reload and try again.");
		}
	}

	private Task open(String taskId) {
		Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
		if (task == null) {
			throw new TaskConflictException("Task " + taskId + " is no longer open.");
		}
		return task;
	}

}
