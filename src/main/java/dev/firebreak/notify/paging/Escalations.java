package dev.firebreak.notify.paging;

import java.util.List;
import java.util.Optional;

import dev.firebreak.incident.IncidentQueries;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading where incidents stand on their escalation policies. */
@Service
@Transactional(readOnly = true)
public class Escalations {

	private final EscalationRepository escalations;

	private final IncidentQueries incidents;

	Escalations(EscalationRepository escalations, IncidentQueries incidents) {
		this.escalations = escalations;
		this.incidents = incidents;
	}

	public Optional<Escalation> of(long incidentId) {
		return escalations.find(incidentId);
	}

	/**
	 * Open incidents nobody is being paged for: no policy, or no level reached anybody.
	 */
	public List<Escalation> nobodyPaged() {
		return escalations.nobodyPaged(incidents.notOver());
	}

}
