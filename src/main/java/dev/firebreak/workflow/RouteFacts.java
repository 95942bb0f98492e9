package dev.firebreak.workflow;

import dev.firebreak.incident.IncidentService;

import org.springframework.stereotype.Component;

/**
 * Gateway expressions that ask the incident instead of a process variable, so that what
 * changes after the decision (a recurring problem, a manager's request) still steers the
 * route. Public only because the expression language calls it by reflection.
 */
@Component("routeFacts")
public class RouteFacts {

	private final IncidentService incidents;

	RouteFacts(IncidentService incidents) {
		this.incidents = incidents;
	}

	/**
	 * The prioritisation decision requires root-cause analysis, or someone requested it.
	 */
	public boolean rootCauseAnalysisRequired(Long incidentId) {
		return incidents.get(incidentId).rcaRequired();
	}

}
