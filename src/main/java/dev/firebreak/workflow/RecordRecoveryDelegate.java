package dev.firebreak.workflow;

import dev.firebreak.incident.IncidentService;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Monitoring says the symptom cleared: record it for the people verifying; close nothing.
 */
@Component("recordRecoveryDelegate")
class RecordRecoveryDelegate implements JavaDelegate {

	private final IncidentService incidents;

	private final IdentityService identity;

	RecordRecoveryDelegate(IncidentService incidents, IdentityService identity) {
		this.incidents = incidents;
		this.identity = identity;
	}

	@Override
	public void execute(DelegateExecution execution) {
		incidents.recordRecovery((Long) execution.getVariable(ProcessConstants.VAR_INCIDENT_ID),
				(String) execution.getVariable(ProcessConstants.VAR_RECOVERY_SOURCE), Actors.current(identity));
	}

}
