package dev.firebreak.notify.schedule;

import dev.firebreak.security.ActionDeniedException;
import dev.firebreak.security.Actor;

import static dev.firebreak.security.Role.ADMIN;
import static dev.firebreak.security.Role.MANAGER;
import static dev.firebreak.security.Role.RESPONDER;

/**
 * Who may change what, checked in the service whatever door a request came through.
 * Everyone signed in reads schedules. A team's managers and admins shape its schedules;
 * anyone who works in the team, responders included, may add an override, since covering
 * for a colleague is the team's own business.
 */
final class ScheduleAccess {

	private ScheduleAccess() {
	}

	static boolean mayEdit(Actor actor, String team) {
		return actor.hasRole(ADMIN) || (actor.hasRole(MANAGER) && actor.isIn(team));
	}

	static boolean mayCover(Actor actor, String team) {
		return actor.hasRole(ADMIN) || (actor.hasAnyRole(RESPONDER, MANAGER) && actor.isIn(team));
	}

	static void requireEdit(Actor actor, String team) {
		if (!mayEdit(actor, team)) {
			throw new ActionDeniedException(
					"Only managers of team " + team + " and admins may create, change or delete its schedules.");
		}
	}

	static void requireCover(Actor actor, String team) {
		if (!mayCover(actor, team)) {
			throw new ActionDeniedException(
					"Only members of team " + team + " and admins may add or delete overrides on its schedules.");
		}
	}

}
