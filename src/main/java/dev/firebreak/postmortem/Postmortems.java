package dev.firebreak.postmortem;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.firebreak.failure.Conflict;
import dev.firebreak.failure.FieldError;
import dev.firebreak.failure.InvalidInput;
import dev.firebreak.followup.FollowUpQueries;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.TimelineEntry;
import dev.firebreak.incident.TimelineType;
import dev.firebreak.security.ActionDeniedException;
import dev.firebreak.security.Actor;
import dev.firebreak.security.Role;
import dev.firebreak.task.VisibleIncidents;
import dev.firebreak.web.Formats;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds an incident's postmortem from the record each time it is read, so it never
 * disagrees with the incident page; keeps only the narrative and the approval. Whoever
 * may read the incident reads it; its team's responders and managers write the narrative;
 * a manager approves it.
 */
@Service
@Transactional
public class Postmortems {

	static final int MAX_TEXT = 20_000;

	private static final Set<TimelineType> KEY_MOMENTS = EnumSet.of(TimelineType.REPORTED, TimelineType.PRIORITISED,
			TimelineType.REASSESSED, TimelineType.ACKNOWLEDGED, TimelineType.ESCALATED, TimelineType.SLA_BREACHED,
			TimelineType.REASSIGNED, TimelineType.DIAGNOSED, TimelineType.HOTFIX_DEPLOYED,
			TimelineType.VERIFICATION_PASSED, TimelineType.VERIFICATION_FAILED, TimelineType.RECOVERY_REPORTED,
			TimelineType.RESOLVED, TimelineType.ROOT_CAUSE_RECORDED, TimelineType.CLOSED);

	private static final Set<TimelineType> NOTIFICATIONS = EnumSet.of(TimelineType.PAGED, TimelineType.NOBODY_PAGED,
			TimelineType.NOTIFIED, TimelineType.NOTIFICATION_FAILED);

	private final VisibleIncidents visible;

	private final IncidentService incidents;

	private final FollowUpQueries followUps;

	private final PostmortemRepository repository;

	private final Clock clock;

	Postmortems(VisibleIncidents visible, IncidentService incidents, FollowUpQueries followUps,
			PostmortemRepository repository, Clock clock) {
		this.visible = visible;
		this.incidents = incidents;
		this.followUps = followUps;
		this.repository = repository;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Postmortem get(String number, Actor actor) {
		return build(visible.require(number, actor));
	}

	public Postmortem write(String number, Postmortem.Narrative narrative, Actor actor) {
		Incident incident = visible.require(number, actor);
		if (!mayWrite(actor, incident)) {
			throw new ActionDeniedException(
					"The postmortem of " + number + " is written by team " + incident.team() + " and managers.");
		}
		List<FieldError> errors = new ArrayList<>();
		check("summary", narrative.summary(), errors);
		check("impact", narrative.impact(), errors);
		check("wentWell", narrative.wentWell(), errors);
		check("wentWrong", narrative.wentWrong(), errors);
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		repository.save(incident.id(), narrative, actor.username(), clock.instant());
		return build(incident);
	}

	public Postmortem approve(String number, Actor actor) {
		Incident incident = visible.require(number, actor);
		actor.requireAnyRole("approve a postmortem", Role.MANAGER);
		if (repository.find(incident.id()).map(stored -> blank(stored.narrative().summary())).orElse(true)) {
			throw new Conflict("Nothing to approve yet",
					"Write the postmortem's summary first: an empty postmortem cannot be approved.");
		}
		repository.approve(incident.id(), actor.username(), clock.instant());
		return build(incident);
	}

	public boolean mayWrite(Actor actor, Incident incident) {
		return actor.hasRole(Role.MANAGER) || (actor.hasRole(Role.RESPONDER) && actor.isIn(incident.team()));
	}

	private Postmortem build(Incident incident) {
		List<TimelineEntry> timeline = incidents.timeline(incident.id());
		PostmortemRepository.Stored stored = repository.find(incident.id()).orElse(null);
		Postmortem.Narrative narrative = stored == null ? new Postmortem.Narrative("", "", "", "") : stored.narrative();
		return new Postmortem(facts(incident), narrative,
				timeline.stream()
					.filter(entry -> KEY_MOMENTS.contains(entry.type()))
					.map(entry -> new Postmortem.Moment(entry.at(), entry.actor(), Formats.label(entry.type())))
					.toList(),
				priorityDecision(timeline), rootCause(incident, timeline),
				followUps.ofIncident(incident.id())
					.stream()
					.map(action -> new Postmortem.Action(action.title(), action.owner(), action.team(),
							action.dueDate(), action.status().name(), action.ticketUrl()))
					.toList(),
				sla(incident),
				timeline.stream()
					.filter(entry -> NOTIFICATIONS.contains(entry.type()))
					.map(entry -> Formats.label(entry.type()) + " at " + entry.at()
							+ text(entry.details(), "username", " to "))
					.toList(),
				timeline.stream()
					.filter(entry -> entry.type() == TimelineType.PUBLIC_UPDATE_PUBLISHED)
					.map(entry -> new Postmortem.Moment(entry.at(), entry.actor(),
							Formats.label(entry.details().get("status")) + ": " + entry.details().get("message")))
					.toList(),
				stored == null ? null : stored.updatedBy(), stored == null ? null : stored.updatedAt(),
				stored == null ? null : stored.approvedBy(), stored == null ? null : stored.approvedAt());
	}

	private static Postmortem.Facts facts(Incident incident) {
		return new Postmortem.Facts(incident.number(), incident.title(), incident.serviceName(), incident.team(),
				name(incident.priority()), name(incident.severity()), name(incident.impact()), name(incident.status()),
				incident.detectedAt(), incident.acknowledgedAt(), incident.resolvedAt(), incident.closedAt());
	}

	/** The latest decision's inputs and outputs, as the timeline keeps them. */
	private static String priorityDecision(List<TimelineEntry> timeline) {
		return timeline.stream()
			.filter(entry -> entry.type() == TimelineType.PRIORITISED || entry.type() == TimelineType.REASSESSED)
			.reduce((first, second) -> second)
			.map(entry -> entry.details()
				.entrySet()
				.stream()
				.map(detail -> detail.getKey() + ": " + detail.getValue())
				.sorted()
				.collect(Collectors.joining("; ")))
			.orElse(null);
	}

	@SuppressWarnings("unchecked")
	private Postmortem.RootCause rootCause(Incident incident, List<TimelineEntry> timeline) {
		String completion = followUps.completion(incident.id()).state().name();
		return timeline.stream()
			.filter(entry -> entry.type() == TimelineType.ROOT_CAUSE_RECORDED)
			.reduce((first, second) -> second)
			.map(entry -> new Postmortem.RootCause(String.valueOf(entry.details().get("rootCauseCategory")),
					entry.details().get("fiveWhys") instanceof List<?> whys
							? whys.stream().map(String::valueOf).toList() : List.of(),
					String.valueOf(entry.details().get("contributingFactors")),
					String.valueOf(entry.details().get("preventiveActions")), completion))
			.orElse(new Postmortem.RootCause(null, List.of(), null, null, completion));
	}

	private static Postmortem.Sla sla(Incident incident) {
		return new Postmortem.Sla(incident.ackDueAt(), incident.acknowledgedAt(),
				met(incident.acknowledgedAt(), incident.ackDueAt()), incident.resolveDueAt(), incident.resolvedAt(),
				met(incident.resolvedAt(), incident.resolveDueAt()));
	}

	private static Boolean met(java.time.Instant at, java.time.Instant due) {
		return at == null || due == null ? null : !at.isAfter(due);
	}

	private static String text(Map<String, Object> details, String key, String prefix) {
		Object value = details.get(key);
		return value == null ? "" : prefix + value;
	}

	private static void check(String field, String text, List<FieldError> errors) {
		if (text != null && text.length() > MAX_TEXT) {
			errors.add(new FieldError(field, "must be at most " + MAX_TEXT + " characters"));
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

}
