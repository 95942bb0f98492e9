package dev.firebreak.notify.paging;

import java.time.Clock;
import java.time.Instant;

import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.notify.NotifyProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes the escalation steps that fell due: nobody acknowledged a level within its delay,
 * so the incident escalates and the next level is paged. Runs on every node every poll
 * interval (a second by default, so a step is taken within about a second of its due
 * time); a compare-and-set on the step's due time lets one node take it.
 */
@Component
public class EscalationTicker {

	private static final Logger log = LoggerFactory.getLogger(EscalationTicker.class);

	private static final int BATCH = 100;

	private final EscalationRepository escalations;

	private final IncidentService incidents;

	private final NotifyProperties properties;

	private final TransactionTemplate transactions;

	private final Clock clock;

	EscalationTicker(EscalationRepository escalations, IncidentService incidents, NotifyProperties properties,
			TransactionTemplate transactions, Clock clock) {
		this.escalations = escalations;
		this.incidents = incidents;
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${firebreak.notify.poll-interval:1s}")
	void tick() {
		if (properties.workerEnabled()) {
			runDue();
		}
	}

	/** Takes every step due now; tests call this with the clock where they want it. */
	public int runDue() {
		Instant now = clock.instant();
		int taken = 0;
		for (Escalation due : escalations.due(now, BATCH)) {
			try {
				Boolean took = transactions.execute(status -> step(due, now));
				taken += Boolean.TRUE.equals(took) ? 1 : 0;
			}
			catch (ConcurrencyFailureException ex) {
				// someone changed the incident at the same moment: the step is due still
				log.debug("Escalation of incident {} deferred: {}", due.incidentId(), ex.getMessage());
			}
		}
		return taken;
	}

	private boolean step(Escalation due, Instant now) {
		if (!escalations.takeDueStep(due.incidentId(), due.nextStepAt(), now)) {
			return false;
		}
		Incident incident = incidents.get(due.incidentId());
		if (incident.status().isTerminal()) {
			escalations.stop(incident.id(), EscalationState.CLOSED, now);
			return false;
		}
		if (incident.acknowledgedAt() != null) {
			escalations.stop(incident.id(), EscalationState.ACKNOWLEDGED, now);
			return false;
		}
		incidents.escalate(incident.id(), "policy", "Nobody acknowledged in time; the next level of escalation"
				+ " policy \"" + due.policyName() + "\" is paged", Paging.ACTOR);
		return true;
	}

}
