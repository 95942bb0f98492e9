package dev.firebreak.workflow;

import dev.firebreak.incident.IncidentService;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Nobody took the incident in time: records the acknowledge SLA breach (once) and raises
 * the escalation level: level 1 (team lead / on-call manager) at the deadline, level 2
 * one acknowledge window later.
 */
@Component("acknowledgeEscalationDelegate")
class AcknowledgeEscalationDelegate implements JavaDelegate {

	private final IncidentService incidents;

	AcknowledgeEscalationDelegate(IncidentService incidents) {
		this.incidents = incidents;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long incidentId = (Long) execution.getVariable(ProcessConstants.VAR_INCIDENT_ID);
		incidents.recordSlaBreach(incidentId, "acknowledge", ProcessConstants.SYSTEM_ACTOR);
		incidents.escalate(incidentId, "acknowledge deadline", "Not acknowledged within the SLA",
				ProcessConstants.SYSTEM_ACTOR);
	}

}
