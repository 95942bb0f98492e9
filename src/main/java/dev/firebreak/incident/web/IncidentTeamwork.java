package dev.firebreak.incident.web;

import java.util.List;

import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentResponders;
import dev.firebreak.incident.IncidentResponders.Kind;
import dev.firebreak.security.ActionDeniedException;
import dev.firebreak.security.Actor;
import dev.firebreak.security.InvalidRequestException;
import dev.firebreak.security.People;
import dev.firebreak.security.Role;
import dev.firebreak.security.TeamDirectory;
import dev.firebreak.task.TaskWorkService;
import dev.firebreak.task.VisibleIncidents;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Responders from other teams and the incident commander. The owning team's responders
 * and its managers add people or whole teams; the added then see the incident (the rule
 * is {@code task.ReadAccess}) and may work the tasks the owning team gives them. The
 * commander role is set by the same people or handed over by the commander, to someone
 * who may see the incident. Taking someone off returns the tasks given to them to the
 * owning team.
 */
@Service
@Transactional
public class IncidentTeamwork {

	private final VisibleIncidents visible;

	private final IncidentResponders responders;

	private final People people;

	private final TeamDirectory teams;

	private final TaskWorkService work;

	IncidentTeamwork(VisibleIncidents visible, IncidentResponders responders, People people, TeamDirectory teams,
			TaskWorkService work) {
		this.visible = visible;
		this.work = work;
		this.responders = responders;
		this.people = people;
		this.teams = teams;
	}

	@Transactional(readOnly = true)
	public Responders list(String number, Actor actor) {
		Incident incident = visible.require(number, actor);
		return responders(incident);
	}

	public Responders add(String number, IncidentRequests.AddResponder request, Actor actor) {
		Incident incident = visible.require(number, actor);
		requireOwningTeam(incident, actor, "add responders");
		boolean person = request.username() != null && !request.username().isBlank();
		boolean team = request.team() != null && !request.team().isBlank();
		if (person == team) {
			throw new InvalidRequestException(person ? "team" : "username",
					"give either a person's username or a team, not both");
		}
		if (person) {
			People.Person found = people.find(request.username().trim())
				.orElseThrow(() -> new InvalidRequestException("username", "is nobody known here"));
			responders.add(incident.id(), Kind.PERSON, found.username(), actor.username());
		}
		else {
			String name = request.team().trim();
			if (!teams.isActive(name)) {
				throw new InvalidRequestException("team", "is no active team");
			}
			if (name.equals(incident.team())) {
				throw new InvalidRequestException("team", "owns the incident already");
			}
			responders.add(incident.id(), Kind.TEAM, name, actor.username());
		}
		return responders(incident);
	}

	public Responders remove(String number, Kind kind, String name, Actor actor) {
		Incident incident = visible.require(number, actor);
		requireOwningTeam(incident, actor, "take responders off");
		if (responders.remove(incident.id(), kind, name, actor.username())) {
			// what the owning team gave them comes back to the team
			work.returnGivenTasks(incident.id(), actor);
		}
		return responders(incident);
	}

	public Responders assignCommander(String number, IncidentRequests.AssignCommander request, Actor actor) {
		Incident incident = visible.require(number, actor);
		boolean commander = responders.commander(incident.id()).filter(actor.username()::equals).isPresent();
		if (!commander) {
			requireOwningTeam(incident, actor, "set the incident commander");
		}
		People.Person person = people.find(request.username().trim())
			.orElseThrow(() -> new InvalidRequestException("username", "is nobody known here"));
		if (!visible.mayRead(incident, person.asActor())) {
			throw new InvalidRequestException("username", "may not see this incident; add them as a responder first");
		}
		responders.assignCommander(incident.id(), person.username(), actor.username());
		return responders(incident);
	}

	/** Whether the person may add responders and set the commander on this incident. */
	static boolean mayManage(Incident incident, Actor actor) {
		return actor.hasRole(Role.MANAGER) || (actor.hasRole(Role.RESPONDER) && actor.isIn(incident.team()));
	}

	private static void requireOwningTeam(Incident incident, Actor actor, String action) {
		if (!mayManage(incident, actor)) {
			throw new ActionDeniedException("Only responders of team " + incident.team() + " and managers may " + action
					+ " on incident " + incident.number() + ".");
		}
	}

	private Responders responders(Incident incident) {
		return new Responders(responders.commander(incident.id()).orElse(null), responders.list(incident.id()));
	}

	/** The incident's commander (or null) and who was added from elsewhere. */
	public record Responders(String commander, List<IncidentResponders.Responder> added) {
	}

}
