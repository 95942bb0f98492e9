package dev.firebreak.problem;

import java.util.List;

import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentOpened;
import dev.firebreak.incident.IncidentService;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts every new incident into its problem, in the transaction that opened it (both
 * exist, or neither), and applies the recurrence rule. The rule sets a requirement on the
 * incident that the prioritisation decision cannot overwrite, so it does not matter
 * whether the route starts before or after this runs.
 */
@Component
class ProblemGrouping {

	/** Who the timeline names for a rule's request. */
	static final String ACTOR = "firebreak";

	private final ProblemRepository problems;

	private final IncidentService incidents;

	private final RecurrenceRule rule;

	ProblemGrouping(ProblemRepository problems, IncidentService incidents, RecurrenceRule rule) {
		this.problems = problems;
		this.incidents = incidents;
		this.rule = rule;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(IncidentOpened opened) {
		Incident incident = incidents.get(opened.incidentId());
		List<Fingerprint> fingerprints = Fingerprint.of(incident);
		long problemId = findOrCreate(fingerprints, incident);
		claimFree(fingerprints, problemId);
		// first, so that the row lock orders concurrent incidents of this problem and
		// each
		// counts the ones committed before it
		problems.countIncident(problemId, incident.detectedAt());
		problems.link(problemId, incident.id(), incident.detectedAt());
		long inWindow = problems.countDetected(problemId, rule.windowStart(incident.detectedAt()),
				incident.detectedAt(), rule.threshold());
		if (rule.requiresRootCauseAnalysis(inWindow)) {
			incidents.requireRootCauseAnalysis(incident.id(), rule.reason(ProblemNumbers.number(problemId)), ACTOR);
		}
	}

	/**
	 * The first fingerprint that leads to a problem decides; with none, a new problem
	 * under the first fingerprint. Two nodes creating it at once: the fingerprint's
	 * primary key lets one win, and the other drops its row and joins the winner's.
	 */
	private long findOrCreate(List<Fingerprint> fingerprints, Incident incident) {
		for (Fingerprint fingerprint : fingerprints) {
			var found = problems.findByFingerprint(fingerprint);
			if (found.isPresent()) {
				return found.get();
			}
		}
		Fingerprint primary = fingerprints.get(0);
		long created = problems.insert(primary, incident.serviceName(), incident.title(), incident.detectedAt());
		try {
			problems.insertFingerprint(primary, created);
			return created;
		}
		catch (DuplicateKeyException raceLost) {
			problems.delete(created);
			return problems.findByFingerprint(primary).orElseThrow(() -> raceLost);
		}
	}

	/**
	 * The problem also answers to the incident's other fingerprints that lead nowhere
	 * yet: a new dedup key with a known title joins its title's problem, and later alerts
	 * with that key find it directly. A fingerprint of another problem stays with it.
	 */
	private void claimFree(List<Fingerprint> fingerprints, long problemId) {
		for (Fingerprint fingerprint : fingerprints) {
			if (problems.findByFingerprint(fingerprint).isEmpty()) {
				try {
					problems.insertFingerprint(fingerprint, problemId);
				}
				catch (DuplicateKeyException takenMeanwhile) {
					// another node claimed it first for its problem: that one keeps it
				}
			}
		}
	}

}
