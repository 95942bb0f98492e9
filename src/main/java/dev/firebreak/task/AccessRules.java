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
 * came through: responders their teams' only (and what they reported themselves, and
 * incidents they or one of their teams were added to as responders); managers, auditors
 * and admins every team's; work on tasks for the team's responders and for managers, and
 * for the added responder the owning team gave a task to.
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
	static void requireVisible(Actor actor, Incident incident, boolean added) {
		if (!seesAllTeams(actor) && !actor.isIn(incident.team()) && !actor.username().equals(incident.reportedBy())
				&& !added) {
			throw new ActionDeniedException("Incident " + incident.number() + " belongs to team " + incident.team()
					+ ", which you are not in.");
		}
	}

	static boolean mayWork(Actor actor, String team) {
		return actor.hasRole(MANAGER) || (actor.hasRole(RESPONDER) && actor.isIn(team));
	}

	/**
	 * @param givenTo the added responder the owning team gave the task to, or null
	 */
	static boolean mayWork(Actor actor, String team, String givenTo) {
		return mayWork(actor, team) || (actor.hasRole(RESPONDER) && actor.username().equals(givenTo));
	}

	static void requireCanWork(Actor actor, String taskId, String team, String givenTo) {
		if (mayWork(actor, team, givenTo)) {
			return;
		}
		throw new ActionDeniedException(
				"Task " + taskId + " belongs to team " + team + ": only its responders and managers may work it.");
	}

}
