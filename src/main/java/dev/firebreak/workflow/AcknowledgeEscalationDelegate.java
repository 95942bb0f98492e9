package dev.firebreak.workflow;

import dev.firebreak.incident.IncidentService;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Nobody took the incident in time: the first firing records the acknowledge SLA breach
 * and escalates to level 1 (team lead / on-call manager), the repeat escalates to level
 * 2.
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
		if (incidents.get(incidentId).escalationLevel() == 0) {
			incidents.recordSlaBreach(incidentId, "acknowledge", ProcessConstants.SYSTEM_ACTOR);
		}
		incidents.escalate(incidentId, "acknowledge deadline", "Not acknowledged within the SLA",
				ProcessConstants.SYSTEM_ACTOR);
	}

}
