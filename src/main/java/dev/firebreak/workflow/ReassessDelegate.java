package dev.firebreak.workflow;

import dev.firebreak.incident.Impact;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.Severity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/** Records the manager's new severity and impact; the priority decision runs next. */
@Component("reassessDelegate")
class ReassessDelegate implements JavaDelegate {

	private final IncidentService incidents;

	private final IdentityService identity;

	ReassessDelegate(IncidentService incidents, IdentityService identity) {
		this.incidents = incidents;
		this.identity = identity;
	}

	@Override
	public void execute(DelegateExecution execution) {
		incidents.reassess((Long) execution.getVariable(ProcessConstants.VAR_INCIDENT_ID),
				Severity.valueOf((String) execution.getVariable(ProcessConstants.VAR_NEW_SEVERITY)),
				Impact.valueOf((String) execution.getVariable(ProcessConstants.VAR_NEW_IMPACT)),
				(String) execution.getVariable(ProcessConstants.VAR_REASON), Actors.current(identity));
	}

}
