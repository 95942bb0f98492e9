package dev.firebreak.workflow;

import dev.firebreak.failure.Conflict;

/** A message for an incident whose route has already ended. */
public class IncidentNotInProgressException extends Conflict {

	IncidentNotInProgressException(String number) {
		super("Incident not in progress",
				"Incident " + number + " is no longer in progress, so it cannot take this action.");
	}

}
