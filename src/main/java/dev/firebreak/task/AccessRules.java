package dev.firebreak.task;

import dev.firebreak.incident.Incident;
import dev.firebreak.security.ActionDeniedException;
import dev.firebreak.security.Actor;

import static dev.firebreak.security.Role.ADMIN;
import static dev.firebreak.security.Role.AUDITOR;
import static dev.firebreak.security.Role.MANAGER;
import static dev.firebreak.security.Role.RESPONDER;

/**
 * Who may see and work which incidents, checked in the services whatever door a request
 * came through: responders their teams' only (and what they reported themselves);
 * managers, auditors and admins every team's; work on tasks for the team's responders and
 * for managers.
 */
final class AccessRules {

	private AccessRules() {
	}

	static boolean seesAllTeams(Actor actor) {
		return actor.hasAnyRole(MANAGER, AUDITOR, ADMIN);
	}

	/**
	 * The reporter always keeps read access to what they reported, so that a responder
	 * who reports a problem on another team's service sees their incident (and the
	 * confirmation) and can follow it; working its tasks stays with that team.
	 */
	static void requireVisible(Actor actor, Incident incident) {
		if (!seesAllTeams(actor) && !actor.isIn(incident.team()) && !actor.username().equals(incident.reportedBy())) {
			throw new ActionDeniedException("Incident " + incident.number() + " belongs to team " + incident.team()
					+ ", which you are not in.");
		}
	}

	static boolean mayWork(Actor actor, String team) {
		return actor.hasRole(MANAGER) || (actor.hasRole(RESPONDER) && actor.isIn(team));
	}

	static void requireCanWork(Actor actor, String taskId, String team) {
		if (mayWork(actor, team)) {
			return;
		}
		throw new ActionDeniedException(
				"Task " + taskId + " belongs to team " + team + ": only its responders and managers may work it.");
	}

}
