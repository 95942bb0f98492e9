package dev.firebreak.workflow;

import dev.firebreak.incident.IncidentService;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/** Runs in the interrupting event subprocess: every open task of the incident is gone. */
@Component("cancelAsDuplicateDelegate")
class CancelAsDuplicateDelegate implements JavaDelegate {

	private final IncidentService incidents;

	private final IdentityService identity;

	CancelAsDuplicateDelegate(IncidentService incidents, IdentityService identity) {
		this.incidents = incidents;
		this.identity = identity;
	}

	@Override
	public void execute(DelegateExecution execution) {
		incidents.cancelAsDuplicate((Long) execution.getVariable(ProcessConstants.VAR_INCIDENT_ID),
				(String) execution.getVariable(ProcessConstants.VAR_DUPLICATE_OF),
				(String) execution.getVariable(ProcessConstants.VAR_REASON), Actors.current(identity));
	}

}
