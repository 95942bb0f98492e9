package dev.firebreak.followup;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.firebreak.failure.FieldError;
import dev.firebreak.failure.InvalidInput;
import dev.firebreak.failure.NotFound;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.security.ActionDeniedException;
import dev.firebreak.security.Actor;
import dev.firebreak.security.People;
import dev.firebreak.security.Role;
import dev.firebreak.security.TeamDirectory;
import dev.firebreak.task.VisibleIncidents;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, changing and reading follow-up actions. Whoever may read the incident reads
 * its actions; its team's responders, the action's team and owner, and managers change
 * them; only a manager accepts a risk (or touches an accepted one).
 */
@Service
@Transactional
public class FollowUps {

	private final FollowUpRepository repository;

	private final IncidentService incidents;

	private final VisibleIncidents visible;

	private final People people;

	private final TeamDirectory teams;

	private final FollowUpQueries queries;

	private final Clock clock;

	FollowUps(FollowUpRepository repository, IncidentService incidents, VisibleIncidents visible, People people,
			TeamDirectory teams, FollowUpQueries queries, Clock clock) {
		this.repository = repository;
		this.incidents = incidents;
		this.visible = visible;
		this.people = people;
		this.teams = teams;
		this.queries = queries;
		this.clock = clock;
	}

	public FollowUp create(String number, FollowUpRequest request, Actor actor) {
		Incident incident = visible.require(number, actor);
		requireMayChange(actor, incident, null);
		FollowUpStatus status = read(request, incident, null, actor);
		FollowUpChange change = change(request, incident, null);
		long id = repository.insert(incident.id(), change, actor.username(), clock.instant());
		FollowUp created = repository.find(id).orElseThrow();
		if (status != FollowUpStatus.OPEN) {
			repository.update(created, change, status, blankToNull(request.riskReason()), actor.username(),
					clock.instant());
		}
		return repository.find(id).orElseThrow();
	}

	public FollowUp update(long id, FollowUpRequest request, Actor actor) {
		FollowUp before = find(id, actor);
		Incident incident = incidents.get(before.incidentId());
		requireMayChange(actor, incident, before);
		FollowUpStatus status = read(request, incident, before, actor);
		repository.update(before, change(request, incident, before), status,
				status == FollowUpStatus.RISK_ACCEPTED ? blankToNull(request.riskReason()) : null, actor.username(),
				clock.instant());
		return repository.find(id).orElseThrow();
	}

	@Transactional(readOnly = true)
	public FollowUp find(long id, Actor actor) {
		FollowUp followUp = repository.find(id)
			.orElseThrow(() -> new NotFound("Follow-up not found", "There is no follow-up action " + id + "."));
		visible.require(followUp.incidentNumber(), actor);
		return followUp;
	}

	@Transactional(readOnly = true)
	public List<FollowUp> ofIncident(String number, Actor actor) {
		return repository.ofIncident(visible.require(number, actor).id());
	}

	/** Whether the incident's RCA is complete, for whoever may read the incident. */
	@Transactional(readOnly = true)
	public RcaCompletion completion(String number, Actor actor) {
		return queries.completion(visible.require(number, actor).id());
	}

	/**
	 * The overdue actions the person may see: all for managers, auditors and admins, else
	 * those of their teams (the incident's or the action's) and their own.
	 */
	@Transactional(readOnly = true)
	public List<FollowUp> overdueFor(Actor actor) {
		List<FollowUp> overdue = queries.overdue();
		if (actor.hasAnyRole(Role.MANAGER, Role.AUDITOR, Role.ADMIN)) {
			return overdue;
		}
		return overdue.stream()
			.filter(followUp -> actor.isIn(followUp.team()) || actor.username().equals(followUp.owner())
					|| visible.mayRead(incidents.get(followUp.incidentId()), actor))
			.toList();
	}

	/** Whether the person may add actions to the incident (to offer the form). */
	@Transactional(readOnly = true)
	public boolean mayAdd(String number, Actor actor) {
		return mayChange(actor, visible.require(number, actor), null);
	}

	/** The open actions a person owns, overdue first. */
	@Transactional(readOnly = true)
	public List<FollowUp> ownedBy(String username) {
		return queries.openOwnedBy(username);
	}

	private static boolean mayChange(Actor actor, Incident incident, FollowUp followUp) {
		if (actor.hasRole(Role.MANAGER)) {
			return true;
		}
		if (!actor.hasRole(Role.RESPONDER) || (followUp != null && followUp.status() == FollowUpStatus.RISK_ACCEPTED)) {
			return false;
		}
		return actor.isIn(incident.team())
				|| (followUp != null && (actor.isIn(followUp.team()) || actor.username().equals(followUp.owner())));
	}

	private static void requireMayChange(Actor actor, Incident incident, FollowUp followUp) {
		if (!mayChange(actor, incident, followUp)) {
			throw new ActionDeniedException(followUp != null && followUp.status() == FollowUpStatus.RISK_ACCEPTED
					? "Only a manager may change an action whose risk was accepted."
					: "Follow-up actions of " + incident.number() + " are changed by team " + incident.team()
							+ ", the action's team and owner, and managers.");
		}
	}

	/**
	 * Checks every field, then throws one refusal naming all bad ones.
	 * @return the status asked for
	 */
	private FollowUpStatus read(FollowUpRequest request, Incident incident, FollowUp before, Actor actor) {
		List<FieldError> errors = new ArrayList<>();
		String title = blankToNull(request.title());
		if (title == null) {
			errors.add(new FieldError("title", "is required"));
		}
		else if (title.length() > 200) {
			errors.add(new FieldError("title", "must be at most 200 characters"));
		}
		String owner = blankToNull(request.owner());
		if (owner == null) {
			errors.add(new FieldError("owner", "is required"));
		}
		else if (people.find(owner).isEmpty()) {
			errors.add(new FieldError("owner", "names nobody: " + owner + " is no enabled user"));
		}
		String team = blankToNull(request.team());
		if (team != null && !teams.isActive(team)) {
			errors.add(new FieldError("team", "names no active team: " + team));
		}
		LocalDate due = dueDate(request.dueDate(), errors);
		if (due != null && due.isBefore(queries.today()) && (before == null || !due.equals(before.dueDate()))) {
			errors.add(new FieldError("dueDate", "must be today or later"));
		}
		String ticket = blankToNull(request.ticketUrl());
		if (ticket != null && !isWebAddress(ticket)) {
			errors.add(new FieldError("ticketUrl", "must be an http or https address of at most 500 characters"));
		}
		FollowUpStatus status = status(request.status(), before, errors);
		String reason = blankToNull(request.riskReason());
		if (status == FollowUpStatus.RISK_ACCEPTED && reason == null) {
			errors.add(new FieldError("riskReason", "is required to accept the risk"));
		}
		else if (reason != null && reason.length() > 2_000) {
			errors.add(new FieldError("riskReason", "must be at most 2000 characters"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		boolean accepting = status == FollowUpStatus.RISK_ACCEPTED
				&& (before == null || before.status() != FollowUpStatus.RISK_ACCEPTED);
		if (accepting && !actor.hasRole(Role.MANAGER)) {
			throw new ActionDeniedException("Only a manager may accept the risk of not doing an action.");
		}
		return status;
	}

	private FollowUpChange change(FollowUpRequest request, Incident incident, FollowUp before) {
		String team = blankToNull(request.team());
		return new FollowUpChange(request.title().strip(), request.owner().strip(),
				team != null ? team : before != null ? before.team() : incident.team(),
				LocalDate.parse(request.dueDate().strip()), blankToNull(request.ticketUrl()),
				request.required() == null ? before == null || before.required() : request.required());
	}

	private static LocalDate dueDate(String text, List<FieldError> errors) {
		if (blankToNull(text) == null) {
			errors.add(new FieldError("dueDate", "is required"));
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			errors.add(new FieldError("dueDate", "must be a date like 2026-12-24"));
			return null;
		}
	}

	private static FollowUpStatus status(String text, FollowUp before, List<FieldError> errors) {
		if (blankToNull(text) == null) {
			return before == null ? FollowUpStatus.OPEN : before.status();
		}
		try {
			return FollowUpStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			errors.add(new FieldError("status", "must be one of OPEN, IN_PROGRESS, DONE, RISK_ACCEPTED"));
			return null;
		}
	}

	private static boolean isWebAddress(String text) {
		if (text.length() > 500) {
			return false;
		}
		try {
			URI uri = new URI(text);
			return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null;
		}
		catch (java.net.URISyntaxException ex) {
			return false;
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
