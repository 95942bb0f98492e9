package dev.firebreak.workflow;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import dev.firebreak.incident.Incident;
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

	/**
	 * Level 1 when the acknowledge deadline passes, level 2 one acknowledge window later.
	 */
	static final int ACKNOWLEDGE_ESCALATION_LEVELS = 2;

	private final IncidentService incidents;

	SlaTimers(IncidentService incidents) {
		this.incidents = incidents;
	}

	public Date acknowledgeDue(Long incidentId) {
		return Date.from(incidents.get(incidentId).ackDueAt());
	}

	/** Level 2 comes one acknowledge window after the acknowledge deadline. */
	public Date acknowledgeRepeatDue(Long incidentId) {
		return Date.from(acknowledgeRepeatDue(incidents.get(incidentId)));
	}

	public Date resolveDue(Long incidentId) {
		return Date.from(incidents.get(incidentId).resolveDueAt());
	}

	/** True while nobody has acknowledged and the escalation levels are not used up. */
	public boolean acknowledgeEscalationDue(Long incidentId) {
		Incident incident = incidents.get(incidentId);
		return incident.status() == IncidentStatus.OPEN && incident.escalationLevel() < ACKNOWLEDGE_ESCALATION_LEVELS;
	}

	static Instant acknowledgeRepeatDue(Incident incident) {
		return incident.ackDueAt().plus(Duration.between(incident.detectedAt(), incident.ackDueAt()));
	}

}
