package dev.firebreak.workflow;

import java.util.Map;

import dev.firebreak.incident.Impact;
import dev.firebreak.incident.IncidentOpened;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.IncidentStatus;
import dev.firebreak.incident.RecoveryReported;
import dev.firebreak.incident.Severity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts the incident route and sends it the messages people and monitoring raise.
 * Message payloads travel as transient variables: they reach the delegates but are never
 * stored in the engine's tables.
 */
@Component
@Transactional
public class IncidentProcess {

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final IdentityService identity;

	private final IncidentService incidents;

	IncidentProcess(RuntimeService runtime, TaskService tasks, IdentityService identity, IncidentService incidents) {
		this.runtime = runtime;
		this.tasks = tasks;
		this.identity = identity;
		this.incidents = incidents;
	}

	/** Same transaction as the new incident row: both exist, or neither. */
	@EventListener
	void start(IncidentOpened opened) {
		translatingConflicts(opened.number(),
				() -> runtime.startProcessInstanceByKey(ProcessConstants.PROCESS_KEY, opened.number(),
						Variables.createVariables()
							.putValue(ProcessConstants.VAR_INCIDENT_ID, opened.incidentId())
							.putValue(ProcessConstants.VAR_TEAM, opened.team())));
	}

	/**
	 * Monitoring reported recovery. Nobody has acknowledged yet: there is nothing to
	 * diagnose, so the incident moves to verification. Someone is working it: the
	 * recovery is recorded and shown on verify, and never closes anything behind their
	 * back.
	 */
	@EventListener
	void on(RecoveryReported recovery) {
		if (incidents.get(recovery.incidentId()).status() == IncidentStatus.OPEN) {
			incidents.recoverBeforeAcknowledgement(recovery.incidentId(), recovery.source(), recovery.actor());
			translatingConflicts(recovery.number(),
					() -> Actors.as(identity, recovery.actor(),
							() -> runtime.createMessageCorrelation(ProcessConstants.MESSAGE_RECOVERED_UNACKNOWLEDGED)
								.processInstanceBusinessKey(recovery.number())
								.setVariable(ProcessConstants.VAR_DIAGNOSIS_OUTCOME, ProcessConstants.OUTCOME_RECOVERED)
								.correlateWithResult()));
		}
		else {
			reportRecovery(recovery.number(), recovery.source(), recovery.actor());
		}
	}

	/**
	 * Monitoring reports the symptom gone; recorded and shown on verify, it closes
	 * nothing.
	 */
	public void reportRecovery(String number, String source, String actor) {
		correlate(number, ProcessConstants.MESSAGE_RECOVERED, actor,
				Map.of(ProcessConstants.VAR_RECOVERY_SOURCE, source));
	}

	/**
	 * A manager changes severity and impact; priority and SLA due times are decided
	 * again.
	 */
	public void reprioritise(String number, Severity severity, Impact impact, String reason, String actor) {
		correlate(number, ProcessConstants.MESSAGE_REPRIORITISE, actor, Map.of(ProcessConstants.VAR_NEW_SEVERITY,
				severity.name(), ProcessConstants.VAR_NEW_IMPACT, impact.name(), ProcessConstants.VAR_REASON, reason));
	}

	public void cancelAsDuplicate(String number, String duplicateOf, String reason, String actor) {
		incidents.get(duplicateOf); // unknown original: 404 before anything moves
		correlate(number, ProcessConstants.MESSAGE_CANCEL_AS_DUPLICATE, actor,
				Map.of(ProcessConstants.VAR_DUPLICATE_OF, duplicateOf, ProcessConstants.VAR_REASON, reason));
	}

	/**
	 * Hands the route to another team: its open tasks change candidate group and lose
	 * their assignee (who was in the old team), and the tasks still to come go to the new
	 * team.
	 */
	public void reassign(String number, String team) {
		ProcessInstance instance = runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(number)
			.singleResult();
		if (instance == null) {
			incidents.get(number); // unknown number: 404
			throw new IncidentNotInProgressException(number);
		}
		runtime.setVariable(instance.getId(), ProcessConstants.VAR_TEAM, team);
		for (Task task : tasks.createTaskQuery().processInstanceId(instance.getId()).list()) {
			for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
				if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
					tasks.deleteCandidateGroup(task.getId(), link.getGroupId());
				}
			}
			tasks.addCandidateGroup(task.getId(), team);
			if (task.getAssignee() != null) {
				tasks.setAssignee(task.getId(), null);
			}
		}
	}

	private void correlate(String number, String message, String actor, Map<String, String> payload) {
		VariableMap transientPayload = Variables.createVariables();
		payload.forEach((name, value) -> transientPayload.putValueTyped(name, Variables.stringValue(value, true)));
		try {
			translatingConflicts(number,
					() -> Actors.as(identity, actor,
							() -> runtime.createMessageCorrelation(message)
								.processInstanceBusinessKey(number)
								.setVariables(transientPayload)
								.correlateWithResult()));
		}
		catch (MismatchingMessageCorrelationException ex) {
			incidents.get(number); // unknown number: 404
			throw new IncidentNotInProgressException(number);
		}
	}

	/**
	 * Callers outside this room see the engine's optimistic-locking conflicts as Spring's
	 * type (409 for people, a retry for the intake worker), never Camunda's.
	 */
	private static <T> T translatingConflicts(String number, java.util.function.Supplier<T> engineCall) {
		try {
			return engineCall.get();
		}
		catch (OptimisticLockingException ex) {
			throw new OptimisticLockingFailureException("Incident " + number + " changed at the same time", ex);
		}
	}

}
