package dev.firebreak.incident;

import dev.firebreak.failure.Conflict;

/** A state change the incident's current status does not allow. */
public class IllegalIncidentTransitionException extends Conflict {

	IllegalIncidentTransitionException(String number, String action, IncidentStatus status) {
		super("Not allowed in the incident's current state",
				"Incident %s cannot %s while it is %s.".formatted(number, action, status));
	}

}
