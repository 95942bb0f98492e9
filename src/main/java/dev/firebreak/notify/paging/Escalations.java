package dev.firebreak.notify.paging;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading where incidents stand on their escalation policies. */
@Service
@Transactional(readOnly = true)
public class Escalations {

	private final EscalationRepository escalations;

	Escalations(EscalationRepository escalations) {
		this.escalations = escalations;
	}

	public Optional<Escalation> of(long incidentId) {
		return escalations.find(incidentId);
	}

	/**
	 * Open incidents nobody is being paged for: no policy, or no level reached anybody.
	 */
	public List<Escalation> nobodyPaged() {
		return escalations.nobodyPaged().stream().map(escalations::find).flatMap(Optional::stream).toList();
	}

}
