package dev.firebreak.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Nobody took the incident by its acknowledge due time: records the SLA breach (once).
 * The breach is an SLA nudge; who is paged, and when the next level is, is the escalation
 * policy's business in the notify feature, which also tells the team's managers.
 */
@Component("acknowledgeBreachDelegate")
class AcknowledgeBreachDelegate implements JavaDelegate {

	private final SlaTimers timers;

	AcknowledgeBreachDelegate(SlaTimers timers) {
		this.timers = timers;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long incidentId = (Long) execution.getVariable(ProcessConstants.VAR_INCIDENT_ID);
		timers.recordBreach(incidentId, "acknowledge");
	}

}
