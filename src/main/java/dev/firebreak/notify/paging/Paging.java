package dev.firebreak.notify.paging;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentAcknowledged;
import dev.firebreak.incident.IncidentEscalated;
import dev.firebreak.incident.IncidentOpened;
import dev.firebreak.incident.IncidentReassigned;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.SlaBreached;
import dev.firebreak.notify.OnCall;
import dev.firebreak.notify.channel.Purpose;
import dev.firebreak.notify.contact.Contacts;
import dev.firebreak.notify.contact.Contacts.PageStep;
import dev.firebreak.notify.delivery.NewNotification;
import dev.firebreak.notify.delivery.Outbox;
import dev.firebreak.notify.policy.EscalationPolicy;
import dev.firebreak.notify.policy.EscalationPolicy.Level;
import dev.firebreak.notify.policy.EscalationPolicy.Target;
import dev.firebreak.notify.policy.Policies;
import dev.firebreak.notify.schedule.Schedules;
import dev.firebreak.security.People;
import dev.firebreak.security.People.Person;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Decides who is paged, and puts their notifications in the outbox. It hears the
 * incident's events after they are committed, through Spring Modulith's event publication
 * registry: an event whose handling did not finish (the node died) is handled again
 * ({@code EventRepublisher}), and handling one twice pages nobody twice (the escalation
 * row and the notifications' dedup keys see to it).
 * <ul>
 * <li>A new incident pages level 1 of its policy at once.</li>
 * <li>Each escalation (the policy's next level falling due, or a manager's call) pages
 * the next level.</li>
 * <li>A level whose targets reach nobody just now is skipped, and the timeline says so; a
 * policy that reaches nobody at all is recorded loudly and shown on the dashboard.</li>
 * <li>Acknowledging stops the climb and cancels the pages still waiting.</li>
 * <li>A reassignment starts the new team's policy from level 1.</li>
 * <li>An SLA breach tells the team's managers.</li>
 * </ul>
 */
@Component
class Paging {

	static final String ACTOR = "firebreak";

	private final IncidentService incidents;

	private final EscalationRepository escalations;

	private final Policies policies;

	private final OnCall onCall;

	private final Schedules schedules;

	private final People people;

	private final Contacts contacts;

	private final Outbox outbox;

	private final PageMessages messages;

	private final Clock clock;

	Paging(IncidentService incidents, EscalationRepository escalations, Policies policies, OnCall onCall,
			Schedules schedules, People people, Contacts contacts, Outbox outbox, PageMessages messages, Clock clock) {
		this.incidents = incidents;
		this.escalations = escalations;
		this.policies = policies;
		this.onCall = onCall;
		this.schedules = schedules;
		this.people = people;
		this.contacts = contacts;
		this.outbox = outbox;
		this.messages = messages;
		this.clock = clock;
	}

	@Async(PagingConfiguration.EVENTS)
	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(IncidentOpened opened) {
		start(incidents.get(opened.incidentId()), "new incident", false);
	}

	@Async(PagingConfiguration.EVENTS)
	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(IncidentReassigned reassigned) {
		Incident incident = incidents.get(reassigned.incidentId());
		outbox.cancelWaiting(incident.id(), List.of(Purpose.PAGE),
				"Reassigned from team " + reassigned.fromTeam() + " to " + reassigned.toTeam() + ".");
		start(incident, "reassigned to team " + reassigned.toTeam() + " by " + reassigned.actor(), true);
	}

	@Async(PagingConfiguration.EVENTS)
	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(IncidentEscalated escalated) {
		Incident incident = incidents.get(escalated.incidentId());
		Optional<Escalation> found = escalations.find(incident.id());
		if (found.isEmpty()) {
			// the escalation overtook the opening on another thread: start first
			start(incident, "new incident", false);
			found = escalations.find(incident.id());
		}
		Escalation escalation = found.orElseThrow();
		Instant now = clock.instant();
		if (!escalations.seeLevel(incident.id(), escalated.level(), now)) {
			return;
		}
		String why = "manager".equals(escalated.trigger()) ? "escalated by " + escalated.actor()
				: "nobody acknowledged the previous level in time";
		Optional<EscalationPolicy> policy = Optional.ofNullable(escalation.policyId()).flatMap(policies::find);
		if (policy.isEmpty()) {
			incidents.recordPaging(incident.id(), false, details("reason",
					"Escalated, but team " + escalation.team() + " has no escalation policy:" + " nobody was paged.",
					"trigger", why), ACTOR);
			return;
		}
		int next = escalation.step() + 1;
		if (next >= policy.get().steps()) {
			incidents.recordPaging(incident.id(), false,
					details("policy", policy.get().name(), "reason",
							"Escalated, but every level of the policy has been paged: there is no further level.",
							"trigger", why),
					ACTOR);
			escalations.stop(incident.id(), EscalationState.ENDED, now);
			return;
		}
		pageFrom(incident, policy.get(), next, why, escalation.startedAt());
	}

	@Async(PagingConfiguration.EVENTS)
	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(IncidentAcknowledged acknowledged) {
		escalations.stop(acknowledged.incidentId(), EscalationState.ACKNOWLEDGED, clock.instant());
		outbox.cancelWaiting(acknowledged.incidentId(), List.of(Purpose.PAGE),
				"Acknowledged by " + acknowledged.actor() + ".");
	}

	@Async(PagingConfiguration.EVENTS)
	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(SlaBreached breached) {
		Incident incident = incidents.get(breached.incidentId());
		Instant now = clock.instant();
		for (Person manager : people.managersOf(incident.team())) {
			for (PageStep step : contacts.pageSteps(manager.username(), incident.priority())) {
				if (step.delayMinutes() > 0) {
					continue;
				}
				outbox.enqueue(new NewNotification(incident.id(), manager.username(), step.contactMethodId(),
						step.kind(), null, Purpose.SLA_BREACH,
						"breach:" + incident.id() + ":" + breached.clock() + ":" + manager.username() + ":"
								+ step.contactMethodId(),
						messages.breach(incident, breached.clock(), manager.name()), null, now));
			}
		}
	}

	/**
	 * Starts (or, after a reassignment, restarts) the incident's climb on its team's
	 * policy.
	 */
	private void start(Incident incident, String trigger, boolean restart) {
		Instant now = clock.instant();
		Optional<EscalationPolicy> policy = policies.forIncident(incident.serviceName(), incident.team());
		boolean acknowledged = incident.acknowledgedAt() != null;
		EscalationState state = policy.isEmpty() ? EscalationState.NO_POLICY
				: acknowledged || incident.status().isTerminal() ? EscalationState.ACKNOWLEDGED
						: EscalationState.CLIMBING;
		Escalation escalation = new Escalation(incident.id(), policy.map(EscalationPolicy::id).orElse(null),
				policy.map(EscalationPolicy::name).orElse(null), incident.team(), state, 0, incident.escalationLevel(),
				null, now, now);
		if (restart) {
			escalations.restart(escalation);
		}
		else if (!escalations.start(escalation)) {
			return; // handled before (a redelivered event)
		}
		if (policy.isEmpty()) {
			incidents.recordPaging(incident.id(), false, details("reason", "Team " + incident.team()
					+ " has no escalation policy: nobody was paged. An admin or the team's manager can add one.",
					"trigger", trigger), ACTOR);
			return;
		}
		if (state == EscalationState.CLIMBING) {
			pageFrom(incident, policy.get(), 0, trigger, now);
		}
	}

	/**
	 * Pages the first level from {@code step} on that reaches somebody, skipping (and
	 * recording) those that reach nobody just now, and schedules the next level.
	 */
	private void pageFrom(Incident incident, EscalationPolicy policy, int step, String trigger, Instant startedAt) {
		Instant now = clock.instant();
		List<Integer> skipped = new ArrayList<>();
		for (int s = step; s < policy.steps(); s++) {
			Level level = policy.levelAt(s);
			Map<String, Reach> reached = reach(level, incident, now);
			if (reached.isEmpty()) {
				skipped.add(s);
				incidents.recordPaging(incident.id(), false,
						details("policy", policy.name(), "level", levelOf(policy, s), "round", roundOf(policy, s),
								"reason",
								"Nobody at this level can be reached just now (nobody on call, or"
										+ " nobody with a contact method for " + incident.priority() + "): skipped.",
								"trigger", trigger),
						ACTOR);
				continue;
			}
			for (Reach reach : reached.values()) {
				String reason = reason(policy, s, trigger, reach.why());
				for (PageStep pageStep : reach.steps()) {
					outbox.enqueue(new NewNotification(incident.id(), reach.person().username(),
							pageStep.contactMethodId(), pageStep.kind(), null, Purpose.PAGE,
							"page:" + incident.id() + ":" + startedAt.toEpochMilli() + ":" + s + ":"
									+ reach.person().username() + ":" + pageStep.contactMethodId() + ":"
									+ pageStep.delayMinutes(),
							messages.page(incident, reach.person().name(), reason), null,
							now.plusSeconds(60L * pageStep.delayMinutes())));
				}
			}
			boolean last = s + 1 >= policy.steps();
			Instant next = last ? null : now.plusSeconds(60L * level.delayMinutes());
			escalations.moveTo(incident.id(), EscalationState.CLIMBING, s, next, now);
			incidents.recordPaging(incident.id(), true, details("policy", policy.name(), "level", levelOf(policy, s),
					"round", roundOf(policy, s), "people", reached.values().stream().map(Reach::describe).toList(),
					"trigger", trigger, "nextLevelAt",
					next == null ? "none: this is the last level" : next.truncatedTo(ChronoUnit.MILLIS).toString()),
					ACTOR);
			return;
		}
		boolean nobodyEver = step == 0;
		escalations.moveTo(incident.id(), nobodyEver ? EscalationState.UNREACHED : EscalationState.ENDED,
				policy.steps() - 1, null, now);
		incidents.recordPaging(incident.id(), false,
				details("policy", policy.name(), "reason",
						nobodyEver ? "No level of the escalation policy reached anybody: nobody was paged."
								: "No further level of the escalation policy reaches anybody: the climb ended.",
						"trigger", trigger),
				ACTOR);
	}

	/**
	 * Who a level reaches now, each once (the first target that names them says why),
	 * with how they want to be paged; people with no way to be paged for this priority
	 * are not reached.
	 */
	private Map<String, Reach> reach(Level level, Incident incident, Instant now) {
		Map<String, Reach> reached = new LinkedHashMap<>();
		for (Target target : level.targets()) {
			for (Named named : resolve(target, now)) {
				if (reached.containsKey(named.person().username())) {
					continue;
				}
				List<PageStep> steps = contacts.pageSteps(named.person().username(), incident.priority());
				if (!steps.isEmpty()) {
					reached.put(named.person().username(), new Reach(named.person(), named.why(), steps));
				}
			}
		}
		return reached;
	}

	private List<Named> resolve(Target target, Instant now) {
		return switch (target.kind()) {
			case USER -> people.find(target.ref()).map(person -> List.of(new Named(person, "named"))).orElse(List.of());
			case TEAM -> people.membersOf(target.ref())
				.stream()
				.map(person -> new Named(person, "member of team " + target.ref()))
				.toList();
			case SCHEDULE -> onCall.userAt(Long.parseLong(target.ref()), now)
				.flatMap(people::find)
				.map(person -> List.of(new Named(person, "on call on " + scheduleName(target.ref()))))
				.orElse(List.of());
		};
	}

	private String scheduleName(String id) {
		return schedules.find(Long.parseLong(id))
			.map(schedule -> "\"" + schedule.name() + "\"")
			.orElse("schedule " + id);
	}

	private static String reason(EscalationPolicy policy, int step, String trigger, String why) {
		return "You are paged at level " + levelOf(policy, step) + " of " + policy.levels().size()
				+ " of escalation policy \"" + policy.name() + "\""
				+ (policy.repeatCount() > 1 ? ", round " + roundOf(policy, step) + " of " + policy.repeatCount() : "")
				+ " (" + trigger + "; you are " + why + ").";
	}

	private static int levelOf(EscalationPolicy policy, int step) {
		return step % policy.levels().size() + 1;
	}

	private static int roundOf(EscalationPolicy policy, int step) {
		return step / policy.levels().size() + 1;
	}

	private static Map<String, Object> details(Object... keysAndValues) {
		Map<String, Object> details = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			details.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return details;
	}

	private record Named(Person person, String why) {
	}

	private record Reach(Person person, String why, List<PageStep> steps) {

		String describe() {
			return person.username() + " (" + why + ")";
		}

	}

}
