package dev.firebreak.incident;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The incident feature's entry point: reports, reads, and every state change, each one
 * load → guarded change on the aggregate → save (with its timeline entries).
 */
@Service
@Transactional
public class IncidentService {

	/** Incidents per query when reading many at once; keeps IN lists short. */
	private static final int BATCH = 500;

	private final IncidentRepository incidents;

	private final ServiceCatalogue catalogue;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final IncidentMetrics metrics;

	IncidentService(IncidentRepository incidents, ServiceCatalogue catalogue, ApplicationEventPublisher events,
			Clock clock, IncidentMetrics metrics) {
		this.incidents = incidents;
		this.catalogue = catalogue;
		this.events = events;
		this.clock = clock;
		this.metrics = metrics;
	}

	/**
	 * Records the incident and announces it; the route starts in the same transaction.
	 */
	public Incident report(NewIncident report, String actor) {
		MonitoredService service = catalogue.find(report.service())
			.filter(MonitoredService::enabled)
			.orElseThrow(() -> new UnknownServiceException(report.service()));
		Incident incident = Incident.report(report.title(), report.description(), service, report.severity(),
				report.impact(), actor, now());
		incidents.insert(incident);
		events.publishEvent(new IncidentOpened(incident.id(), incident.number(), incident.team()));
		return get(incident.id());
	}

	/**
	 * A firing alert: counts a repeat on the open incident with the same key, or opens a
	 * new one (linked to the key's previous incident as a recurrence). The unique index
	 * on the open key decides races between nodes; the loser counts a repeat instead.
	 * @param repeatWindow repeats within this window share one timeline entry
	 */
	public AlertOutcome openOrRepeat(AlertDetails alert, Duration repeatWindow, String actor) {
		Instant now = alert.receivedAt().truncatedTo(ChronoUnit.MILLIS);
		Optional<AlertOutcome> repeated = countRepeat(alert, repeatWindow, actor, now);
		if (repeated.isPresent()) {
			return repeated.get();
		}
		MonitoredService service = Optional.ofNullable(alert.service())
			.flatMap(catalogue::find)
			.or(() -> catalogue.find(alert.defaultService()))
			.orElseThrow(() -> new UnknownServiceException(alert.defaultService()));
		String team = alert.team() != null ? alert.team() : service.owningTeam();
		Long recurrenceOf = incidents.findLatestByDedupKey(alert.integrationId(), alert.dedupKey()).orElse(null);
		Incident incident = Incident.openFromAlert(alert, service, team, recurrenceOf, actor, now);
		try {
			incidents.insert(incident);
		}
		catch (DuplicateKeyException raceLost) {
			return countRepeat(alert, repeatWindow, actor, now).orElseThrow(() -> raceLost);
		}
		events.publishEvent(new IncidentOpened(incident.id(), incident.number(), incident.team()));
		return new AlertOutcome(AlertOutcome.Kind.OPENED, incident.number());
	}

	/** Monitoring (e.g. PagerDuty's acknowledge) took the open incident with this key. */
	public AlertOutcome acknowledgeAlert(long integrationId, String dedupKey, String actor) {
		Optional<Long> open = incidents.findOpenByDedupKey(integrationId, dedupKey);
		if (open.isEmpty()) {
			return new AlertOutcome(AlertOutcome.Kind.IGNORED, null);
		}
		Incident incident = get(open.get());
		if (incident.acknowledgedAt() == null) {
			Instant resolvedBefore = incident.resolvedAt();
			incident.acknowledgeByMonitoring(actor, now());
			incidents.update(incident);
			metrics.changed(null, resolvedBefore, incident);
			events.publishEvent(new IncidentAcknowledged(incident.id(), incident.number(), actor));
		}
		return new AlertOutcome(AlertOutcome.Kind.UPDATED, incident.number());
	}

	/**
	 * Monitoring says the open incident with this key recovered; the route decides what
	 * follows.
	 */
	public AlertOutcome recoverAlert(long integrationId, String dedupKey, String source, String actor) {
		Optional<Long> open = incidents.findOpenByDedupKey(integrationId, dedupKey);
		if (open.isEmpty()) {
			return new AlertOutcome(AlertOutcome.Kind.IGNORED, null);
		}
		Incident incident = get(open.get());
		events.publishEvent(new RecoveryReported(incident.id(), incident.number(), source, actor));
		return new AlertOutcome(AlertOutcome.Kind.UPDATED, incident.number());
	}

	/**
	 * Marks open alert incidents of these integrations that monitoring stopped
	 * re-sending.
	 */
	public int markSilentAlertsStale(Collection<Long> integrationIds, Instant lastSeenBefore, String actor) {
		List<Long> silent = incidents.findSilentAlerts(integrationIds, lastSeenBefore);
		silent.forEach(id -> change(id, incident -> incident.markStale(incident.lastSeenAt(), actor, now())));
		return silent.size();
	}

	private Optional<AlertOutcome> countRepeat(AlertDetails alert, Duration repeatWindow, String actor, Instant now) {
		if (!incidents.countOccurrence(alert.integrationId(), alert.dedupKey(), now)) {
			return Optional.empty();
		}
		IncidentRepository.OpenAlert open = incidents.findOpenAlert(alert.integrationId(), alert.dedupKey())
			.orElseThrow();
		long id = open.id();
		Instant windowStart = now.minus(repeatWindow);
		boolean windowLogged = open.repeatsLoggedAt() != null && !open.repeatsLoggedAt().isBefore(windowStart);
		if (!windowLogged && incidents.claimRepeatEntry(id, now, windowStart)) {
			incidents.append(id, new Incident.Change(now, actor, TimelineType.ALERT_REPEATED,
					Incident.details("title", alert.title(), "window", repeatWindow.toString())));
		}
		return Optional.of(new AlertOutcome(AlertOutcome.Kind.REPEATED, Incident.number(id)));
	}

	@Transactional(readOnly = true)
	public Incident get(long id) {
		return incidents.findById(id).orElseThrow(() -> new IncidentNotFoundException(Incident.number(id)));
	}

	@Transactional(readOnly = true)
	public Incident get(String number) {
		long id = Incident.idOf(number);
		return incidents.findById(id).orElseThrow(() -> new IncidentNotFoundException(number));
	}

	/** Whether an incident of this number exists; a look that refuses nothing. */
	@Transactional(readOnly = true)
	public boolean exists(String number) {
		return incidents.findById(Incident.idOf(number)).isPresent();
	}

	@Transactional(readOnly = true)
	public IncidentPage search(IncidentFilter filter, int page, int size) {
		return incidents.search(filter, page, size);
	}

	/**
	 * Fills in the opening alert's labels of an incident opened before they were kept
	 * (intake's backfill); an incident that has them keeps its own. Empty text marks one
	 * whose alert the inbox no longer holds, so that it is not looked up again.
	 */
	@Transactional
	public void backfillAlertLabels(long id, String labels) {
		incidents.backfillAlertLabels(id, labels);
	}

	@Transactional(readOnly = true)
	/**
	 * The company-wide view: open P1 and P2 incidents (not yet resolved), whoever's they
	 * are; callers show only what everyone may know of them.
	 */
	public List<Incident> openMajor(int limit) {
		return incidents.openMajor(limit);
	}

	public long countOpenMajor() {
		return incidents.countOpenMajor();
	}

	/**
	 * A token that changes whenever the incident (or, for null, any incident) changes in
	 * a way its pages show: a new timeline entry, or a repeat of its alert.
	 */
	@Transactional(readOnly = true)
	public String changeMark(Long id) {
		if (id == null) {
			return Long.toString(incidents.lastEntryId(null));
		}
		Incident incident = get(id);
		return incident.version + "." + incident.occurrences() + "." + incidents.lastEntryId(id);
	}

	public List<TimelineEntry> timeline(long id) {
		return incidents.timeline(id);
	}

	@Transactional(readOnly = true)
	public MonitoredService serviceOf(Incident incident) {
		return catalogue.find(incident.serviceName())
			.orElseThrow(() -> new IllegalStateException("Service " + incident.serviceName() + " left the catalogue"));
	}

	/**
	 * Applies a decision made on this very copy of the incident (the route reads it once
	 * per decision); a change by someone else meanwhile fails the version check.
	 * @return the incident as stored, with its new due times
	 */
	public Incident applyPriority(Incident incident, PriorityDecision decision, String actor) {
		boolean first = incident.priority() == null;
		incident.applyPriority(decision, actor, now());
		incidents.update(incident);
		if (first) {
			metrics.opened(incident);
		}
		return incident;
	}

	public void reassess(long id, Severity severity, Impact impact, String reason, String actor) {
		change(id, incident -> incident.reassess(severity, impact, reason, actor, now()));
	}

	public void enterStage(long id, Stage stage, String actor) {
		change(id, incident -> incident.enterStage(stage, actor, now()));
	}

	public void recordTaskClaim(long id, String taskId, Stage stage, boolean claimed, String actor) {
		change(id, incident -> incident.recordTaskClaim(taskId, stage, claimed, actor, now()));
	}

	/**
	 * The owning team gave a task to an added responder from elsewhere (or, with
	 * {@code to} null, took it back). A fact: it never conflicts with the people working
	 * the incident.
	 */
	public void recordTaskGiven(long id, String taskId, Stage stage, String to, String actor) {
		incidents.appendFact(id, new Incident.Change(now(), actor, TimelineType.TASK_GIVEN,
				Incident.details("task", taskId, "stage", stage, "to", to)), false);
	}

	/** A manager takes over a task, from {@code from} or from nobody (null). */
	public void recordTaskTakeover(long id, String taskId, Stage stage, String from, String actor) {
		change(id, incident -> incident.takeOverTask(taskId, stage, from, actor, now()));
	}

	/**
	 * Hands the incident to another owner; who may own it is the caller's rule.
	 * @return the previous owner, or null
	 */
	public String assignOwner(long id, String to, String actor) {
		String[] from = new String[1];
		change(id, incident -> {
			from[0] = incident.owner();
			incident.assignOwner(to, actor, now());
		});
		return from[0];
	}

	/** The route offered a new stage's task to the owner, already claimed for them. */
	public void recordTaskOffered(long id, String taskId, Stage stage, String actor) {
		change(id, incident -> incident.offerTask(taskId, stage, actor, now()));
	}

	public void reassign(long id, String team, String reason, String actor) {
		Incident incident = get(id);
		String from = incident.team();
		incident.reassign(team, reason, actor, now());
		incidents.update(incident);
		events.publishEvent(new IncidentReassigned(id, incident.number(), from, team, actor));
	}

	public void acknowledge(long id, String actor) {
		acknowledge(id, actor, incident -> incident.acknowledge(actor, now()));
	}

	/**
	 * @param via the notification whose link was used, instead of taking a task: recorded
	 * on the timeline entry
	 * @param takesOwnership whether the person becomes its owner (they may work its
	 * tasks)
	 */
	public void acknowledge(long id, String actor, NotificationLink via, boolean takesOwnership) {
		acknowledge(id, actor, incident -> incident.acknowledge(actor, now(), via, takesOwnership));
	}

	private void acknowledge(long id, String actor, Consumer<Incident> acknowledgement) {
		Incident incident = change(id, acknowledgement);
		events.publishEvent(new IncidentAcknowledged(id, incident.number(), actor));
	}

	/**
	 * What a person reported on completing a stage's task (diagnosis, hotfix,
	 * verification, root cause): moves the incident on and records the report on its
	 * timeline.
	 */
	public void complete(long id, StageReport report, String actor) {
		change(id, incident -> incident.complete(report, actor, now()));
	}

	/**
	 * Requires root-cause analysis whatever the priority says (a recurring problem, a
	 * manager's request); a second request changes nothing.
	 */
	public void requireRootCauseAnalysis(long id, String reason, String actor) {
		Incident incident = get(id);
		if (incident.requestRootCauseAnalysis(reason, actor, now())) {
			incidents.update(incident);
		}
	}

	/**
	 * Where root-cause analysis stands for each of these incidents, in two queries per
	 * {@value #BATCH} incidents.
	 */
	@Transactional(readOnly = true)
	public Map<Long, RootCauseAnalysis> rootCauseAnalyses(Collection<Long> ids) {
		Map<Long, RootCauseAnalysis> result = new HashMap<>();
		List<Long> all = List.copyOf(new LinkedHashSet<>(ids));
		for (int from = 0; from < all.size(); from += BATCH) {
			List<Long> batch = all.subList(from, Math.min(all.size(), from + BATCH));
			Set<Long> recorded = incidents.withTimelineEntry(batch, TimelineType.ROOT_CAUSE_RECORDED);
			for (Incident incident : incidents.findAllById(batch)) {
				result.put(incident.id(), incident.rootCauseAnalysis(recorded.contains(incident.id())));
			}
		}
		return result;
	}

	public void close(long id, String actor) {
		change(id, incident -> incident.close(actor, now()));
	}

	public void cancelAsDuplicate(long id, String originalNumber, String reason, String actor) {
		Incident original = get(originalNumber);
		change(id, incident -> incident.cancelAsDuplicate(original, reason, actor, now()));
	}

	public void escalate(long id, String trigger, String reason, String actor) {
		Incident incident = change(id, changing -> changing.escalate(trigger, reason, actor, now()));
		events.publishEvent(new IncidentEscalated(id, incident.number(), incident.escalationLevel(), trigger, actor));
	}

	/**
	 * Records that an SLA clock ran out; once per clock, however often timers fire. The
	 * entry keeps the due time that ran out, so that a report's figure traces to it.
	 * @param clock which SLA clock ran out: {@code acknowledge} or {@code resolve}
	 * @param due the due time as the SLA policy computed it when the clock ran out
	 * (business hours, pauses); null for the decision's due time
	 */
	public void recordSlaBreach(long id, String clock, Instant due, String actor) {
		boolean recorded = incidents.timeline(id)
			.stream()
			.anyMatch(entry -> entry.type() == TimelineType.SLA_BREACHED && clock.equals(entry.details().get("clock")));
		if (recorded) {
			return;
		}
		Incident incident = change(id,
				changing -> changing.recordSlaBreach(clock,
						due != null ? due : "acknowledge".equals(clock) ? changing.ackDueAt() : changing.resolveDueAt(),
						actor, now()));
		metrics.slaBreached(incident, clock);
		events.publishEvent(new SlaBreached(id, incident.number(), clock));
	}

	/**
	 * Records who was paged at which level of the escalation policy ({@code PAGED}), or
	 * that a level or the whole policy reached nobody ({@code NOBODY_PAGED}). Facts about
	 * the record, allowed whatever the incident's state, and never in conflict with the
	 * people working it.
	 */
	public void recordPaging(long id, boolean reachedSomeone, Map<String, Object> details, String actor) {
		incidents.appendFact(id, new Incident.Change(now(), actor,
				reachedSomeone ? TimelineType.PAGED : TimelineType.NOBODY_PAGED, details), false);
	}

	/**
	 * Records a notification handed to its channel; the first page of an incident starts
	 * its MTTA.
	 * @param page whether it paged someone (not, say, an SLA breach notice)
	 */
	public void recordNotified(long id, boolean page, Map<String, Object> details, String actor) {
		incidents.appendFact(id, new Incident.Change(now(), actor, TimelineType.NOTIFIED, details), page);
	}

	/**
	 * Records that the incident started or stopped waiting (on a third party, on its
	 * reporter). A fact, like notes: whoever keeps the waiting state has checked that it
	 * may change, and the SLA clocks read it from there.
	 */
	public void recordWaiting(long id, boolean started, Map<String, Object> details, String actor) {
		incidents.appendFact(id, new Incident.Change(now(), actor,
				started ? TimelineType.WAITING_STARTED : TimelineType.WAITING_ENDED, details), false);
	}

	/** Records a notification given up on after its retries, with the reason. */
	public void recordNotificationFailed(long id, Map<String, Object> details, String actor) {
		incidents.appendFact(id, new Incident.Change(now(), actor, TimelineType.NOTIFICATION_FAILED, details), false);
	}

	/**
	 * An internal note on the timeline, kept as written (Markdown). Allowed whatever the
	 * incident's state, so that what is learnt after closing is kept with the rest, and
	 * appended as a fact, so that it never conflicts with the people working the
	 * incident.
	 * @return when it was recorded
	 */
	public Instant addNote(long id, String text, String actor) {
		get(id);
		Instant at = now();
		incidents.appendFact(id,
				new Incident.Change(at, actor, TimelineType.NOTE_ADDED, Incident.details("text", text)), false);
		return at;
	}

	/**
	 * A public update: on the timeline (where {@link PublicUpdates} reads it for the
	 * outside) and announced as {@link PublicUpdatePublished}, so that whoever tells
	 * followers and subscribers can pass it on. Allowed whatever the incident's state: a
	 * closing word after closing is common. Appended as a fact, as notes are.
	 * @return when it was published
	 */
	public Instant publishUpdate(long id, PublicStatus status, String message, String actor) {
		Incident incident = get(id);
		Instant at = now();
		incidents.appendFact(id, new Incident.Change(at, actor, TimelineType.PUBLIC_UPDATE_PUBLISHED,
				Incident.details("status", status, "message", message)), false);
		events.publishEvent(new PublicUpdatePublished(id, incident.number(), status, message, at));
		return at;
	}

	public void recoverBeforeAcknowledgement(long id, String source, String actor) {
		change(id, incident -> incident.recoverBeforeAcknowledgement(source, actor, now()));
	}

	public void recordRecovery(long id, String source, String actor) {
		change(id, incident -> incident.recordRecovery(source, actor, now()));
	}

	private Incident change(long id, Consumer<Incident> change) {
		Incident incident = get(id);
		Instant acknowledgedBefore = incident.acknowledgedAt();
		Instant resolvedBefore = incident.resolvedAt();
		change.accept(incident);
		incidents.update(incident);
		metrics.changed(acknowledgedBefore, resolvedBefore, incident);
		return incident;
	}

	/**
	 * Milliseconds are plenty for an incident record. (On MySQL the driver setting the
	 * engine needs, sendFractionalSeconds=false, keeps whole seconds.)
	 */
	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
