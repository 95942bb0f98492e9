package dev.firebreak.task;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentFilter;
import dev.firebreak.incident.IncidentPage;
import dev.firebreak.incident.IncidentResponders;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.IncidentStatus;
import dev.firebreak.incident.Priority;
import dev.firebreak.security.Actor;
import dev.firebreak.sla.SlaClocks;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incidents as a person may read them, whichever feature's door they came through (the
 * incident API and pages, the task page, notifications, the dashboard, the issue log):
 * {@link AccessRules} decides which teams' incidents they see. It lives here, beside the
 * rules and the open tasks that every {@link IncidentDetail} carries, so that every
 * feature can use it; the incident's own web side can be used by nobody but itself.
 */
@Service
@Transactional(readOnly = true)
public class VisibleIncidents {

	private final IncidentService incidents;

	private final TaskWorkService work;

	private final IncidentResponders responders;

	private final ReadAccess access;

	private final Clock clock;

	private final SlaClocks clocks;

	VisibleIncidents(IncidentService incidents, TaskWorkService work, IncidentResponders responders, ReadAccess access,
			Clock clock, SlaClocks clocks) {
		this.clocks = clocks;
		this.incidents = incidents;
		this.work = work;
		this.responders = responders;
		this.access = access;
		this.clock = clock;
	}

	/** A responder's list holds their teams' incidents only, whatever the filter says. */
	public IncidentPage search(IncidentStatus status, Priority priority, String service, String team, Instant from,
			Instant to, int page, int size, Actor actor) {
		return search(status, priority, service, team, from, to, null, page, size, actor);
	}

	/**
	 * {@link #search} with free text: the header search and the lists' text box find only
	 * what the person may read, by the same rule.
	 */
	public IncidentPage search(IncidentStatus status, Priority priority, String service, String team, Instant from,
			Instant to, String text, int page, int size, Actor actor) {
		Set<String> teamFilter = team == null ? null : Set.of(team);
		Set<Long> added = null;
		if (!AccessRules.seesAllTeams(actor)) {
			teamFilter = team == null ? actor.teams() : (actor.isIn(team) ? Set.of(team) : Set.of());
			// incidents they were added to from elsewhere, unless they asked for one team
			added = team == null ? responders.addedTo(actor.username(), actor.teams()) : null;
		}
		return incidents.search(new IncidentFilter(status, priority, service, teamFilter, from, to, added, text), page,
				size);
	}

	public IncidentDetail get(String number, Actor actor) {
		Incident incident = incidents.get(number);
		access.require(actor, incident);
		return detail(incident);
	}

	/**
	 * The incident itself, for an action that anyone who may read it may take (a note, a
	 * public update, following it).
	 * @throws dev.firebreak.security.ActionDeniedException when they may not read it
	 */
	public Incident require(String number, Actor actor) {
		Incident incident = incidents.get(number);
		access.require(actor, incident);
		return incident;
	}

	/** Whether the person may read the incident (same rule as {@link #require}). */
	public boolean mayRead(Incident incident, Actor actor) {
		return access.mayRead(actor, incident);
	}

	/**
	 * The incident as it stands, for the answer to an action on it that was checked
	 * already.
	 */
	public IncidentDetail detail(Incident incident) {
		return IncidentDetail.of(incident, clocks.state(incident, clock.instant()), work.openForIncident(incident.id()),
				incidents.timeline(incident.id()));
	}

}
