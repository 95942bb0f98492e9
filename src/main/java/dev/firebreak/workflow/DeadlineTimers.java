package dev.firebreak.workflow;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Set;

import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.sla.SlaClocks;
import dev.firebreak.sla.SlaState;
import dev.firebreak.sla.SlaTermsChanged;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the acknowledge and resolve deadline timers on the due times {@code sla}
 * computes. A waiting incident has no due time: its timers wait far in the future until
 * the wait ends and moves them back, so that nothing escalates on a due time that no
 * longer holds.
 */
@Component
class DeadlineTimers {

	/** Where a timer waits while its clock stands still. */
	static final Instant WHILE_PAUSED = Instant.parse("9000-01-01T00:00:00Z");

	private final ManagementService management;

	private final RuntimeService runtime;

	private final IncidentService incidents;

	private final SlaClocks clocks;

	DeadlineTimers(ManagementService management, RuntimeService runtime, IncidentService incidents, SlaClocks clocks) {
		this.management = management;
		this.runtime = runtime;
		this.incidents = incidents;
		this.clocks = clocks;
	}

	/**
	 * In the transaction of the change, so that the timers move with it or not at all.
	 */
	@EventListener
	void on(SlaTermsChanged changed) {
		if (!changed.incidentIds().isEmpty()) {
			for (long incidentId : changed.incidentIds()) {
				Incident incident = incidents.get(incidentId);
				for (ProcessInstance instance : runtime.createProcessInstanceQuery()
					.processDefinitionKey(ProcessConstants.PROCESS_KEY)
					.processInstanceBusinessKey(incident.number())
					.list()) {
					move(instance.getId(), incident);
				}
			}
			return;
		}
		Set<String> instances = new LinkedHashSet<>();
		for (Job job : management.createJobQuery().timers().processDefinitionKey(ProcessConstants.PROCESS_KEY).list()) {
			instances.add(job.getProcessInstanceId());
		}
		for (String instance : instances) {
			Object id = runtime.getVariable(instance, ProcessConstants.VAR_INCIDENT_ID);
			if (id instanceof Long incidentId) {
				Incident incident = incidents.get(incidentId);
				if (changed.concerns(incidentId, incident.serviceName())) {
					move(instance, incident);
				}
			}
		}
	}

	/** Moves the instance's deadline timers, if they run, to the incident's due times. */
	void move(String processInstanceId, Incident incident) {
		SlaState state = clocks.state(incident);
		move(processInstanceId, ProcessConstants.TIMER_ACK_DEADLINE, state.acknowledge().due());
		move(processInstanceId, ProcessConstants.TIMER_RESOLVE_DEADLINE, state.resolve().due());
	}

	/** A due time for a timer expression; never null. */
	static Date timerDate(Instant due) {
		return Date.from(due == null ? WHILE_PAUSED : due);
	}

	private void move(String processInstanceId, String timerId, Instant due) {
		for (Job job : management.createJobQuery()
			.processInstanceId(processInstanceId)
			.activityId(timerId)
			.timers()
			.list()) {
			management.setJobDuedate(job.getId(), timerDate(due));
		}
	}

}
