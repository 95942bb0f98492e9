package dev.firebreak.workflow;

import java.util.Map;

import dev.firebreak.incident.StageReport;

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

	/** The process variables each report sets for the route's gateways. */
	private static final StageReport.Visitor<Map<String, Object>> ROUTING = new StageReport.Visitor<>() {

		@Override
		public Map<String, Object> diagnosis(StageReport.Diagnosis report) {
			return Map.of(ProcessConstants.VAR_DIAGNOSIS_OUTCOME, report.outcome().name());
		}

		@Override
		public Map<String, Object> hotfix(StageReport.Hotfix report) {
			return Map.of();
		}

		@Override
		public Map<String, Object> verification(StageReport.Verification report) {
			return Map.of(ProcessConstants.VAR_VERIFICATION_PASSED, report.passed());
		}

		@Override
		public Map<String, Object> rootCause(StageReport.RootCause report) {
			return Map.of();
		}

	};

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
		assign(taskId, user);
	}

	public void unclaim(String taskId) {
		open(taskId);
		assign(taskId, null);
	}

	/**
	 * The engine's own guard against a concurrent change is a 409 too, as on completion.
	 */
	private void assign(String taskId, String user) {
		try {
			tasks.setAssignee(taskId, user);
		}
		catch (OptimisticLockingException ex) {
			throw new TaskConflictException("Task " + taskId + " was changed at the same time; reload and try again.");
		}
	}

	/**
	 * Completes a task with what was reported on it: a diagnosis's outcome picks the next
	 * step, a failed verification sends the incident back to hotfix, a hotfix or a root
	 * cause steers nothing.
	 */
	public void complete(String taskId, String actor, StageReport report) {
		complete(taskId, actor, report.accept(ROUTING));
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
