package dev.firebreak.incident;

import dev.firebreak.failure.NotFound;

public class IncidentNotFoundException extends NotFound {

	public IncidentNotFoundException(String number) {
		super("Incident not found", "There is no incident " + number + ".");
	}

}
