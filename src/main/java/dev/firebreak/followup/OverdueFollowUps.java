package dev.firebreak.followup;

import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;

import dev.firebreak.cluster.ClusterLock;
import dev.firebreak.notify.PersonMail;
import dev.firebreak.security.People;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells the managers of an overdue action's team, once per action and due date: marking
 * the action escalated and queueing the mails happen in one transaction, and only the
 * node whose update marked it queues them. A new due date may be escalated again.
 */
@Component
public class OverdueFollowUps {

	private static final Logger log = LoggerFactory.getLogger(OverdueFollowUps.class);

	static final String LOCK = "follow-up-escalation";

	private final FollowUpQueries queries;

	private final FollowUpRepository repository;

	private final People people;

	private final PersonMail mail;

	private final ClusterLock lock;

	private final FollowUpProperties properties;

	private final TransactionTemplate transactions;

	private final Clock clock;

	OverdueFollowUps(FollowUpQueries queries, FollowUpRepository repository, People people, PersonMail mail,
			ClusterLock lock, FollowUpProperties properties, TransactionTemplate transactions, Clock clock) {
		this.queries = queries;
		this.repository = repository;
		this.people = people;
		this.mail = mail;
		this.lock = lock;
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${firebreak.follow-ups.escalation-interval:5m}", initialDelayString = "PT1M")
	void tick() {
		if (!properties.escalationEnabled() || !lock.tryAcquire(LOCK, properties.escalationInterval())) {
			return;
		}
		try {
			int escalated = escalateDue();
			if (escalated > 0) {
				log.info("{} overdue follow-up actions escalated", escalated);
			}
		}
		catch (RuntimeException ex) {
			// the database may be away; the actions are still unescalated at the next
			// tick
			log.warn("Overdue follow-up actions could not be escalated: {}", ex.toString());
		}
	}

	/**
	 * Escalates every overdue action not escalated yet.
	 * @return how many actions were escalated by this call
	 */
	public int escalateDue() {
		int escalated = 0;
		for (FollowUp followUp : queries.overdue()) {
			if (followUp.escalatedAt() == null
					&& Boolean.TRUE.equals(transactions.execute(status -> escalate(followUp)))) {
				escalated++;
			}
		}
		return escalated;
	}

	private boolean escalate(FollowUp followUp) {
		if (!repository.markEscalated(followUp.id(), clock.instant())) {
			return false; // another node or tick did
		}
		String subject = "Overdue follow-up of " + followUp.incidentNumber() + ": " + followUp.title();
		String body = "\"" + followUp.title() + "\" was due on "
				+ DateTimeFormatter.ISO_LOCAL_DATE.format(followUp.dueDate()) + " and is "
				+ followUp.status().name().toLowerCase().replace('_', ' ') + ".\nOwner: " + followUp.owner() + ", team "
				+ followUp.team() + "." + (followUp.ticketUrl() == null ? "" : "\nTicket: " + followUp.ticketUrl())
				+ "\n\nSet it done, give it a new due date, or accept the risk of not doing it.";
		for (People.Person manager : people.managersOf(followUp.team())) {
			mail.followUpOverdue(manager.username(), subject, body, "/incidents/" + followUp.incidentNumber(),
					followUp.id() + ":" + followUp.dueDate());
		}
		return true;
	}

}
