package dev.firebreak.workflow;

import java.util.Date;

import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.IncidentStatus;
import dev.firebreak.sla.SlaClocks;

import org.springframework.stereotype.Component;

/**
 * Timer and gateway expressions of the BPMN. Due times are computed by {@code sla} from
 * the incident (our tables), so the model asks for them instead of keeping copies in
 * process variables. Public only because the expression language calls it by reflection.
 */
@Component("slaTimers")
public class SlaTimers {

	private final IncidentService incidents;

	private final SlaClocks clocks;

	SlaTimers(IncidentService incidents, SlaClocks clocks) {
		this.incidents = incidents;
		this.clocks = clocks;
	}

	/** As {@code sla} computes it: the policy's targets, less the incident's pauses. */
	public Date acknowledgeDue(Long incidentId) {
		return DeadlineTimers.timerDate(clocks.acknowledgeDue(incidents.get(incidentId)));
	}

	public Date resolveDue(Long incidentId) {
		return DeadlineTimers.timerDate(clocks.resolveDue(incidents.get(incidentId)));
	}

	/** True while nobody has acknowledged (or monitoring recovered first). */
	public boolean stillUnacknowledged(Long incidentId) {
		return incidents.get(incidentId).status() == IncidentStatus.OPEN;
	}

}
