package dev.firebreak.workflow;

import dev.firebreak.incident.IncidentService;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * The resolve deadline passed while the incident was still being worked: records the SLA
 * breach (once); the notify feature tells the team's managers.
 */
@Component("resolveBreachDelegate")
class ResolveBreachDelegate implements JavaDelegate {

	private final IncidentService incidents;

	ResolveBreachDelegate(IncidentService incidents) {
		this.incidents = incidents;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long incidentId = (Long) execution.getVariable(ProcessConstants.VAR_INCIDENT_ID);
		incidents.recordSlaBreach(incidentId, "resolve", ProcessConstants.SYSTEM_ACTOR);
	}

}
