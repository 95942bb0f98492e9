package dev.firebreak.workflow;

import dev.firebreak.incident.IncidentService;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/** The last step: closed by whoever completed the last task. */
@Component("closeIncidentDelegate")
class CloseIncidentDelegate implements JavaDelegate {

	private final IncidentService incidents;

	private final IdentityService identity;

	CloseIncidentDelegate(IncidentService incidents, IdentityService identity) {
		this.incidents = incidents;
		this.identity = identity;
	}

	@Override
	public void execute(DelegateExecution execution) {
		incidents.close((Long) execution.getVariable(ProcessConstants.VAR_INCIDENT_ID), Actors.current(identity));
	}

}
