package dev.firebreak.task;

import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentResponders;
import dev.firebreak.security.ActionDeniedException;
import dev.firebreak.security.Actor;

import org.springframework.stereotype.Component;

/**
 * The one place that decides whether a person may read an incident: the team rules of
 * {@link AccessRules}, and whether they (or one of their teams) were added to it as
 * responders. Every read, whichever door it came through, asks here.
 */
@Component
class ReadAccess {

	private final IncidentResponders responders;

	ReadAccess(IncidentResponders responders) {
		this.responders = responders;
	}

	void require(Actor actor, Incident incident) {
		AccessRules.requireVisible(actor, incident, !AccessRules.seesAllTeams(actor) && !actor.isIn(incident.team())
				&& responders.isAdded(incident.id(), actor.username(), actor.teams()));
	}

	boolean mayRead(Actor actor, Incident incident) {
		try {
			require(actor, incident);
			return true;
		}
		catch (ActionDeniedException ex) {
			return false;
		}
	}

}
