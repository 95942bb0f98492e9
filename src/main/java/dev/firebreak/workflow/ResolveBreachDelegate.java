package dev.firebreak.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * The resolve deadline passed while the incident was still being worked: records the SLA
 * breach (once); the notify feature tells the team's managers.
 */
@Component("resolveBreachDelegate")
class ResolveBreachDelegate implements JavaDelegate {

	private final SlaTimers timers;

	ResolveBreachDelegate(SlaTimers timers) {
		this.timers = timers;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long incidentId = (Long) execution.getVariable(ProcessConstants.VAR_INCIDENT_ID);
		timers.recordBreach(incidentId, "resolve");
	}

}
