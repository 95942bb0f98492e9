package dev.firebreak.workflow;

import java.time.Instant;
import java.util.Date;

import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.IncidentStatus;
import dev.firebreak.sla.SlaClocks;
import dev.firebreak.sla.SlaState;

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

	/**
	 * Records that a clock ran out, with the due time {@code sla} computes for it now:
	 * the one the timer fired at, which the entry keeps for whoever traces the figure.
	 * @param clock {@code acknowledge} or {@code resolve}
	 */
	void recordBreach(long incidentId, String clock) {
		SlaState state = clocks.state(incidents.get(incidentId));
		Instant due = ("acknowledge".equals(clock) ? state.acknowledge() : state.resolve()).due();
		incidents.recordSlaBreach(incidentId, clock, due, ProcessConstants.SYSTEM_ACTOR);
	}

	/** True while nobody has acknowledged (or monitoring recovered first). */
	public boolean stillUnacknowledged(Long incidentId) {
		return incidents.get(incidentId).status() == IncidentStatus.OPEN;
	}

}
