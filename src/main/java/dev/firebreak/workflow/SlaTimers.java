package dev.firebreak.workflow;

import java.util.Date;

import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.IncidentStatus;

import org.springframework.stereotype.Component;

/**
 * Timer and gateway expressions of the BPMN. Due times live on the incident (our tables),
 * so the model asks for them instead of keeping copies in process variables. Public only
 * because the expression language calls it by reflection.
 */
@Component("slaTimers")
public class SlaTimers {

	private final IncidentService incidents;

	SlaTimers(IncidentService incidents) {
		this.incidents = incidents;
	}

	public Date acknowledgeDue(Long incidentId) {
		return Date.from(incidents.get(incidentId).ackDueAt());
	}

	public Date resolveDue(Long incidentId) {
		return Date.from(incidents.get(incidentId).resolveDueAt());
	}

	/** True while nobody has acknowledged (or monitoring recovered first). */
	public boolean stillUnacknowledged(Long incidentId) {
		return incidents.get(incidentId).status() == IncidentStatus.OPEN;
	}

}
