package dev.firebreak.workflow;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.Priority;
import dev.firebreak.incident.PriorityDecision;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.repository.DecisionDefinition;

import org.springframework.stereotype.Component;

/**
 * Evaluates {@code incident-priority.dmn} for the incident and applies the result to it:
 * priority, SLA due times and whether the decision requires RCA, with the decision's
 * inputs and outputs on the timeline. When deadline timers already run (a
 * reprioritisation), they move to the new due times.
 */
@Component("prioritiseDelegate")
class PrioritiseDelegate implements JavaDelegate {

	private final IncidentService incidents;

	private final DecisionService decisions;

	private final RepositoryService repository;

	private final ManagementService management;

	private final DeadlineTimers timers;

	PrioritiseDelegate(IncidentService incidents, DecisionService decisions, RepositoryService repository,
			ManagementService management, DeadlineTimers timers) {
		this.incidents = incidents;
		this.decisions = decisions;
		this.repository = repository;
		this.management = management;
		this.timers = timers;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long incidentId = (Long) execution.getVariable(ProcessConstants.VAR_INCIDENT_ID);
		Incident incident = incidents.get(incidentId);
		PriorityDecision decision = decide(incident);
		// the RCA requirement stays on the incident, where RouteFacts reads it at the
		// gateway
		Incident decided = incidents.applyPriority(incident, decision, ProcessConstants.SYSTEM_ACTOR);
		moveDeadlineTimers(execution.getProcessInstanceId(), decided);
	}

	PriorityDecision decide(Incident incident) {
		Map<String, Object> inputs = new LinkedHashMap<>();
		inputs.put("severity", incident.severity().name());
		inputs.put("serviceTier", incidents.serviceOf(incident).tier());
		inputs.put("impact", incident.impact().name());
		DecisionDefinition definition = repository.createDecisionDefinitionQuery()
			.decisionDefinitionKey(ProcessConstants.DECISION_KEY)
			.latestVersion()
			.singleResult();
		DmnDecisionResultEntries result = decisions.evaluateDecisionById(definition.getId())
			.variables(inputs)
			.evaluate()
			.getSingleResult();
		if (result == null) {
			throw new IllegalStateException("No prioritisation rule matches " + inputs);
		}
		return new PriorityDecision(definition.getKey(), definition.getVersion(), inputs,
				Priority.valueOf(result.getEntry("priority")), Duration.parse(result.getEntry("acknowledgeWithin")),
				Duration.parse(result.getEntry("resolveWithin")), result.getEntry("rcaRequired"));
	}

	/**
	 * At the first decision no timer runs yet, and every new incident passes here: one
	 * query tells, and only a reprioritisation looks for each timer.
	 */
	private void moveDeadlineTimers(String processInstanceId, Incident incident) {
		if (management.createJobQuery().processInstanceId(processInstanceId).timers().count() == 0) {
			return;
		}
		timers.move(processInstanceId, incident);
	}

}
