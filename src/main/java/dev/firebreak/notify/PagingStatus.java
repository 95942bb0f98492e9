package dev.firebreak.notify;

import java.util.List;

import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.notify.paging.EscalationState;
import dev.firebreak.notify.paging.Escalations;

import org.springframework.stereotype.Component;

/**
 * Paging as other features show it: the open incidents nobody is being paged for, which
 * the manager dashboard lists loudly.
 */
@Component
public class PagingStatus {

	private final Escalations escalations;

	private final IncidentService incidents;

	PagingStatus(Escalations escalations, IncidentService incidents) {
		this.escalations = escalations;
		this.incidents = incidents;
	}

	/** Open incidents nobody is paged for, newest first, with why in words. */
	public List<Unpaged> nobodyPaged() {
		return escalations.nobodyPaged().stream().map(escalation -> {
			Incident incident = incidents.get(escalation.incidentId());
			String why = escalation.state() == EscalationState.NO_POLICY
					? "team " + escalation.team() + " has no escalation policy"
					: "no level of \"" + escalation.policyName() + "\" reached anybody";
			return new Unpaged(incident.number(), incident.title(), incident.team(),
					incident.priority() == null ? null : incident.priority().name(), why);
		}).toList();
	}

	/** An open incident nobody is paged for. */
	public record Unpaged(String number, String title, String team, String priority, String why) {
	}

}
