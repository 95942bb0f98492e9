package dev.firebreak.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The incident aggregate. Every state change is a guarded method that refuses an illegal
 * move and appends what happened to the timeline; there are no public setters.
 * <p>
 * Fields are package-private only so that {@link IncidentRepository} can load them.
 */
public class Incident {

	private static final String NUMBER_PREFIX = "INC-";

	Long id;

	int version;

	String title;

	String description;

	String serviceName;

	String team;

	Severity severity;

	Impact impact;

	Priority priority;

	IncidentStatus status;

	Stage stage;

	Resolution resolution;

	/** What the prioritisation decision says; deciding again replaces it. */
	boolean rcaRequired;

	/**
	 * Root-cause analysis asked for beyond the decision (a recurring problem, a manager).
	 * Kept apart from {@link #rcaRequired} so that deciding again never drops it.
	 */
	boolean rcaRequested;

	String rcaRequestReason;

	int escalationLevel;

	Long duplicateOf;

	String reportedBy;

	/**
	 * Who owns the incident: whoever acknowledged it, or whom it was handed to since. Its
	 * next stages' tasks are offered to them already claimed. Null until a person takes
	 * it, and again after it moved to another team.
	 */
	String owner;

	Instant detectedAt;

	Instant acknowledgedAt;

	Instant mitigatedAt;

	Instant resolvedAt;

	Instant closedAt;

	Instant recoveredAt;

	Instant ackDueAt;

	Instant resolveDueAt;

	/** When the first page about it reached a channel; MTTA counts from here. */
	Instant firstPagedAt;

	/**
	 * Set for incidents opened by monitoring: which integration, and the sender's dedup
	 * key.
	 */
	Long integrationId;

	String dedupKey;

	/** How many times monitoring reported this problem while the incident was open. */
	int occurrences = 1;

	Instant lastSeenAt;

	/**
	 * The opening alert's labels as {@code name=value} text, for search; written once.
	 */
	String alertLabels;

	/** The earlier incident with the same dedup key that this one repeats. */
	Long recurrenceOf;

	/** Monitoring stopped re-sending the alert without ever saying it resolved. */
	boolean stale;

	/**
	 * Timeline entries recorded since the incident was loaded, written when it is saved.
	 */
	final List<Change> changes = new ArrayList<>();

	Incident() {
	}

	static Incident report(String title, String description, MonitoredService service, Severity severity, Impact impact,
			String actor, Instant at) {
		Incident incident = open(title, description, service.name(), service.owningTeam(), severity, impact, actor, at);
		incident.record(actor, at, TimelineType.REPORTED, details("title", title, "service", service.name(), "team",
				service.owningTeam(), "severity", severity, "impact", impact));
		return incident;
	}

	/**
	 * An incident raised by monitoring; {@code recurrenceOf} links the previous one with
	 * the same key.
	 */
	static Incident openFromAlert(AlertDetails alert, MonitoredService service, String team, Long recurrenceOf,
			String actor, Instant at) {
		Incident incident = open(alert.title(), alert.description(), service.name(), team, alert.severity(),
				alert.impact(), actor, at);
		incident.integrationId = alert.integrationId();
		incident.dedupKey = alert.dedupKey();
		incident.lastSeenAt = at;
		incident.alertLabels = alert.labels();
		incident.recurrenceOf = recurrenceOf;
		incident.record(actor, at, TimelineType.REPORTED,
				details("title", alert.title(), "service", service.name(), "team", team, "severity", alert.severity(),
						"impact", alert.impact(), "dedupKey", alert.dedupKey(), "recurrenceOf",
						recurrenceOf == null ? null : number(recurrenceOf)));
		return incident;
	}

	private static Incident open(String title, String description, String service, String team, Severity severity,
			Impact impact, String actor, Instant at) {
		Incident incident = new Incident();
		incident.title = title;
		incident.description = description;
		incident.serviceName = service;
		incident.team = team;
		incident.severity = severity;
		incident.impact = impact;
		incident.status = IncidentStatus.OPEN;
		incident.stage = Stage.DETECTION;
		incident.reportedBy = actor;
		incident.detectedAt = at;
		return incident;
	}

	/** Applies the prioritisation decision; due times run from detection. */
	void applyPriority(PriorityDecision decision, String actor, Instant at) {
		requireOpen("be prioritised");
		this.priority = decision.priority();
		this.rcaRequired = decision.rcaRequired();
		this.ackDueAt = detectedAt.plus(decision.acknowledgeWithin());
		this.resolveDueAt = detectedAt.plus(decision.resolveWithin());
		if (stage == Stage.DETECTION) {
			stage = Stage.PRIORITISATION;
		}
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("decision", decision.decisionKey());
		details.put("decisionVersion", decision.decisionVersion());
		details.put("inputs", decision.inputs());
		details.put("outputs",
				details("priority", decision.priority(), "acknowledgeWithin", decision.acknowledgeWithin().toString(),
						"resolveWithin", decision.resolveWithin().toString(), "rcaRequired", decision.rcaRequired()));
		details.put("acknowledgeDue", ackDueAt.toString());
		details.put("resolveDue", resolveDueAt.toString());
		record(actor, at, TimelineType.PRIORITISED, details);
	}

	/**
	 * A manager changes the inputs of prioritisation; the decision is then made again.
	 */
	void reassess(Severity newSeverity, Impact newImpact, String reason, String actor, Instant at) {
		requireOpen("be reprioritised");
		record(actor, at, TimelineType.REASSESSED, details("severity", severity + " -> " + newSeverity, "impact",
				impact + " -> " + newImpact, "reason", reason));
		this.severity = newSeverity;
		this.impact = newImpact;
	}

	void enterStage(Stage next, String actor, Instant at) {
		requireOpen("enter " + next);
		if (next == stage) {
			return;
		}
		record(actor, at, TimelineType.STAGE_ENTERED, details("from", stage, "to", next));
		this.stage = next;
	}

	void recordTaskClaim(String taskId, Stage taskStage, boolean claimed, String actor, Instant at) {
		requireOpen(claimed ? "have a task claimed" : "have a task released");
		record(actor, at, claimed ? TimelineType.TASK_CLAIMED : TimelineType.TASK_RELEASED,
				details("task", taskId, "stage", taskStage));
	}

	/**
	 * A manager takes a task over from whoever held it (or from nobody) to finish it
	 * themselves.
	 */
	void takeOverTask(String taskId, Stage taskStage, String from, String actor, Instant at) {
		requireOpen("have a task taken over");
		record(actor, at, TimelineType.TASK_CLAIMED,
				details("task", taskId, "stage", taskStage, "takenOverFrom", from == null ? "(unclaimed)" : from));
	}

	/** Moves the incident, and with it its open and future tasks, to another team. */
	void reassign(String newTeam, String reason, String actor, Instant at) {
		requireOpen("be reassigned");
		if (newTeam.equals(team)) {
			throw new IllegalIncidentTransitionException(number(), "be reassigned to its own team " + team, status);
		}
		// the owner came with the old team; the new team's first taker owns it next
		record(actor, at, TimelineType.REASSIGNED,
				details("from", team, "to", newTeam, "reason", reason, "previousOwner", owner));
		this.team = newTeam;
		this.owner = null;
	}

	/**
	 * The first person to take the incident acknowledges it; this stops the acknowledge
	 * clock.
	 */
	void acknowledge(String actor, Instant at) {
		acknowledge(actor, at, Map.of(), true);
	}

	/**
	 * @param via the notification whose link was used, instead of taking a task
	 * @param takesOwnership whether the person becomes the owner: not when they may not
	 * work the team's tasks (someone paged from elsewhere)
	 */
	void acknowledge(String actor, Instant at, NotificationLink via, boolean takesOwnership) {
		acknowledge(actor, at, details("via", "link in a notification", "notification", via.notificationId(), "channel",
				via.channel()), takesOwnership);
	}

	/** The monitoring tool acknowledged it: stops the clock, makes nobody the owner. */
	void acknowledgeByMonitoring(String actor, Instant at) {
		acknowledge(actor, at, Map.of(), false);
	}

	private void acknowledge(String actor, Instant at, Map<String, Object> via, boolean takesOwnership) {
		requireOpen("be acknowledged");
		if (acknowledgedAt != null) {
			throw new IllegalIncidentTransitionException(number(), "be acknowledged twice", status);
		}
		// an incident that recovered before anyone acted is acknowledged when its
		// verification is taken
		if (status == IncidentStatus.OPEN) {
			this.status = IncidentStatus.ACKNOWLEDGED;
		}
		this.acknowledgedAt = at;
		if (takesOwnership) {
			this.owner = actor;
		}
		Map<String, Object> details = details("acknowledgeDue", String.valueOf(ackDueAt));
		details.putAll(via);
		record(actor, at, TimelineType.ACKNOWLEDGED, details);
	}

	/**
	 * Hands the incident to another person (a manager or the owner does), or makes the
	 * person who took its work over its owner. Who may own it is the caller's rule: they
	 * know the teams.
	 */
	void assignOwner(String to, String actor, Instant at) {
		requireOpen("change its owner");
		if (to.equals(owner)) {
			throw new IllegalIncidentTransitionException(number(), "be handed to its own owner " + to, status);
		}
		record(actor, at, TimelineType.OWNER_ASSIGNED, details("from", owner, "to", to));
		this.owner = to;
	}

	/** The route offered a new stage's task to the owner, claimed for them. */
	void offerTask(String taskId, Stage taskStage, String actor, Instant at) {
		requireOpen("have a task offered");
		record(actor, at, TimelineType.TASK_OFFERED, details("task", taskId, "stage", taskStage, "to", owner));
	}

	/**
	 * Applies what a person reported on completing a stage's task, through that stage's
	 * guarded change.
	 */
	void complete(StageReport report, String actor, Instant at) {
		report.accept(new StageReport.Visitor<Void>() {

			@Override
			public Void diagnosis(StageReport.Diagnosis diagnosis) {
				diagnose(diagnosis, actor, at);
				return null;
			}

			@Override
			public Void hotfix(StageReport.Hotfix hotfix) {
				deployHotfix(hotfix, actor, at);
				return null;
			}

			@Override
			public Void verification(StageReport.Verification verification) {
				verify(verification, actor, at);
				return null;
			}

			@Override
			public Void rootCause(StageReport.RootCause rootCause) {
				recordRootCause(rootCause, actor, at);
				return null;
			}

		});
	}

	void diagnose(StageReport.Diagnosis report, String actor, Instant at) {
		requireStatus("be diagnosed", IncidentStatus.ACKNOWLEDGED);
		switch (report.outcome()) {
			case FALSE_ALARM -> this.resolution = Resolution.FALSE_ALARM;
			case FIXED_BY_OPERATIONS -> {
				this.resolution = Resolution.FIXED_BY_OPERATIONS;
				mitigate(at);
			}
			case NEEDS_FIX -> {
			}
		}
		record(actor, at, TimelineType.DIAGNOSED, report);
	}

	void deployHotfix(StageReport.Hotfix report, String actor, Instant at) {
		requireStatus("get a hotfix", IncidentStatus.ACKNOWLEDGED, IncidentStatus.MITIGATED);
		this.resolution = Resolution.FIXED_BY_HOTFIX;
		mitigate(at);
		record(actor, at, TimelineType.HOTFIX_DEPLOYED, report);
	}

	void verify(StageReport.Verification report, String actor, Instant at) {
		requireStatus("be verified", IncidentStatus.MITIGATED);
		boolean passed = report.passed();
		if (passed) {
			this.status = IncidentStatus.RESOLVED;
			this.resolvedAt = at;
		}
		record(actor, at, passed ? TimelineType.VERIFICATION_PASSED : TimelineType.VERIFICATION_FAILED, report);
	}

	/**
	 * Asks for root-cause analysis whatever the priority: the route's RCA gateway asks
	 * {@link #rcaRequired()}, so a request made after the decision still counts.
	 * @return false when it was already requested (the first reason stands)
	 */
	boolean requestRootCauseAnalysis(String reason, String actor, Instant at) {
		requireOpen("be sent to root-cause analysis");
		if (rcaRequested) {
			return false;
		}
		this.rcaRequested = true;
		this.rcaRequestReason = reason;
		record(actor, at, TimelineType.RCA_REQUESTED, details("reason", reason, "requiredByPriority", rcaRequired));
		return true;
	}

	/**
	 * Where root-cause analysis stands.
	 * @param rootCauseRecorded whether the timeline holds a recorded root cause
	 */
	RootCauseAnalysis rootCauseAnalysis(boolean rootCauseRecorded) {
		if (rootCauseRecorded) {
			return RootCauseAnalysis.RECORDED;
		}
		// a false alarm never goes to RCA, and a closed or cancelled incident never will
		boolean ahead = rcaRequired() && !status.isTerminal() && resolution != Resolution.FALSE_ALARM;
		return ahead ? RootCauseAnalysis.PENDING : RootCauseAnalysis.NONE;
	}

	void recordRootCause(StageReport.RootCause report, String actor, Instant at) {
		requireStatus("record a root cause", IncidentStatus.RESOLVED);
		record(actor, at, TimelineType.ROOT_CAUSE_RECORDED, report);
	}

	/** Ends the route: after resolution, or straight away for a false alarm. */
	void close(String actor, Instant at) {
		if (resolution == Resolution.FALSE_ALARM) {
			requireStatus("be closed as a false alarm", IncidentStatus.ACKNOWLEDGED);
			this.resolvedAt = at;
		}
		else {
			requireStatus("be closed", IncidentStatus.RESOLVED);
		}
		this.status = IncidentStatus.CLOSED;
		this.stage = Stage.CLOSED;
		this.closedAt = at;
		record(actor, at, TimelineType.CLOSED, details("resolution", resolution));
	}

	void cancelAsDuplicate(Incident original, String reason, String actor, Instant at) {
		requireOpen("be cancelled");
		if (original.id.equals(id)) {
			throw new IllegalIncidentTransitionException(number(), "be a duplicate of itself", status);
		}
		this.status = IncidentStatus.CANCELLED;
		this.resolution = Resolution.DUPLICATE;
		this.duplicateOf = original.id;
		this.stage = Stage.CLOSED;
		this.closedAt = at;
		record(actor, at, TimelineType.CANCELLED_AS_DUPLICATE,
				details("duplicateOf", original.number(), "reason", reason));
	}

	/** Raises the escalation level by one; a timer or a manager does this. */
	void escalate(String trigger, String reason, String actor, Instant at) {
		requireOpen("be escalated");
		this.escalationLevel++;
		record(actor, at, TimelineType.ESCALATED,
				details("level", escalationLevel, "trigger", trigger, "reason", reason));
	}

	void recordSlaBreach(String clock, Instant due, String actor, Instant at) {
		requireOpen("breach its SLA");
		record(actor, at, TimelineType.SLA_BREACHED,
				details("clock", clock, "due", due.toString(), "late", Duration.between(due, at).toString()));
	}

	/**
	 * Monitoring says the symptom is gone. Recorded for the people verifying; it closes
	 * nothing.
	 */
	void recordRecovery(String source, String actor, Instant at) {
		requireOpen("record a recovery");
		this.recoveredAt = at;
		record(actor, at, TimelineType.RECOVERY_REPORTED, details("source", source));
	}

	/**
	 * Monitoring reports recovery while nobody has taken the incident: it goes to
	 * verification, where a person confirms it, instead of waiting for a diagnosis.
	 */
	void recoverBeforeAcknowledgement(String source, String actor, Instant at) {
		requireStatus("recover before acknowledgement", IncidentStatus.OPEN);
		this.recoveredAt = at;
		this.resolution = Resolution.RECOVERED;
		mitigate(at);
		record(actor, at, TimelineType.RECOVERY_REPORTED, details("source", source, "acknowledged", false));
	}

	/**
	 * Monitoring stopped re-sending a firing alert without resolving it (for example,
	 * silenced).
	 */
	void markStale(Instant lastSeen, String actor, Instant at) {
		requireOpen("go stale");
		this.stale = true;
		record(actor, at, TimelineType.ALERT_STALE, details("lastSeen", lastSeen.toString()));
	}

	/**
	 * Whether the dedup key is free for a new incident: the problem is fixed or the
	 * incident is over.
	 */
	boolean releasesDedupKey() {
		return status == IncidentStatus.RESOLVED || status.isTerminal();
	}

	private void mitigate(Instant at) {
		this.status = IncidentStatus.MITIGATED;
		if (mitigatedAt == null) {
			mitigatedAt = at;
		}
	}

	private void requireOpen(String action) {
		if (status.isTerminal()) {
			throw new IllegalIncidentTransitionException(number(), action, status);
		}
	}

	private void requireStatus(String action, IncidentStatus... allowed) {
		if (!Set.of(allowed).contains(status)) {
			throw new IllegalIncidentTransitionException(number(), action, status);
		}
	}

	private void record(String actor, Instant at, TimelineType type, Map<String, Object> details) {
		changes.add(new Change(at, actor, type, details));
	}

	/** A stage report is its entry's details as it stands: written once, by Jackson. */
	private void record(String actor, Instant at, TimelineType type, StageReport report) {
		changes.add(new Change(at, actor, type, report));
	}

	/** Insertion-ordered map of alternating keys and values; null values are left out. */
	static Map<String, Object> details(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			if (keysAndValues[i + 1] != null) {
				map.put((String) keysAndValues[i], keysAndValues[i + 1]);
			}
		}
		return map;
	}

	/**
	 * {@code INC-} and the id, zero-padded to six digits ({@code %06d}), built by hand:
	 * the issue-log export formats one or more numbers for every row it writes, and
	 * {@code String.format} parses its pattern each time.
	 */
	public static String number(long id) {
		if (id < 0) {
			return NUMBER_PREFIX + "%06d".formatted(id);
		}
		String digits = Long.toString(id);
		if (digits.length() >= 6) {
			return NUMBER_PREFIX + digits;
		}
		return NUMBER_PREFIX + "000000".substring(digits.length()) + digits;
	}

	/**
	 * The id behind a number such as {@code INC-000042}, or -1 when it is not one of
	 * ours.
	 */
	public static long idOf(String number) {
		if (number == null || !number.startsWith(NUMBER_PREFIX)) {
			return -1;
		}
		try {
			return Long.parseLong(number.substring(NUMBER_PREFIX.length()));
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	public String number() {
		return id == null ? "(new)" : number(id);
	}

	public Long id() {
		return id;
	}

	public String title() {
		return title;
	}

	public String description() {
		return description;
	}

	public String serviceName() {
		return serviceName;
	}

	public String team() {
		return team;
	}

	public Severity severity() {
		return severity;
	}

	public Impact impact() {
		return impact;
	}

	public Priority priority() {
		return priority;
	}

	public IncidentStatus status() {
		return status;
	}

	public Stage stage() {
		return stage;
	}

	public Resolution resolution() {
		return resolution;
	}

	/**
	 * Whether the route must go through root-cause analysis: the decision requires it, or
	 * it was requested.
	 */
	public boolean rcaRequired() {
		return rcaRequired || rcaRequested;
	}

	/** Whether RCA was requested beyond the decision, by a rule or a manager. */
	public boolean rcaRequested() {
		return rcaRequested;
	}

	public String rcaRequestReason() {
		return rcaRequestReason;
	}

	public int escalationLevel() {
		return escalationLevel;
	}

	public Long duplicateOf() {
		return duplicateOf;
	}

	public String reportedBy() {
		return reportedBy;
	}

	/** Who owns the incident, or null while nobody does. */
	public String owner() {
		return owner;
	}

	public Instant detectedAt() {
		return detectedAt;
	}

	public Instant acknowledgedAt() {
		return acknowledgedAt;
	}

	public Instant mitigatedAt() {
		return mitigatedAt;
	}

	public Instant resolvedAt() {
		return resolvedAt;
	}

	public Instant closedAt() {
		return closedAt;
	}

	public Instant recoveredAt() {
		return recoveredAt;
	}

	public Instant ackDueAt() {
		return ackDueAt;
	}

	public Instant resolveDueAt() {
		return resolveDueAt;
	}

	public Instant firstPagedAt() {
		return firstPagedAt;
	}

	/**
	 * Where MTTA starts: the first page sent, or detection when nobody was paged (or
	 * someone took it before a page went out).
	 */
	public Instant acknowledgeClockStart() {
		return acknowledgeClockStart(firstPagedAt, acknowledgedAt, detectedAt);
	}

	static Instant acknowledgeClockStart(Instant firstPagedAt, Instant acknowledgedAt, Instant detectedAt) {
		return firstPagedAt != null && (acknowledgedAt == null || !firstPagedAt.isAfter(acknowledgedAt)) ? firstPagedAt
				: detectedAt;
	}

	public Long integrationId() {
		return integrationId;
	}

	public String dedupKey() {
		return dedupKey;
	}

	public int occurrences() {
		return occurrences;
	}

	public Instant lastSeenAt() {
		return lastSeenAt;
	}

	public Long recurrenceOf() {
		return recurrenceOf;
	}

	public boolean stale() {
		return stale;
	}

	/**
	 * A timeline entry waiting to be written with the incident.
	 *
	 * @param details plain values by name, or a {@link StageReport}; either is written as
	 * the entry's JSON details by Jackson
	 */
	record Change(Instant at, String actor, TimelineType type, Object details) {
	}

}
