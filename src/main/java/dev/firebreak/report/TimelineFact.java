package dev.firebreak.report;

import java.time.Instant;

import dev.firebreak.incident.Incident;

/**
 * A timeline entry with the incident it belongs to.
 *
 * @param details the entry's details, read as the record they were written from
 */
record TimelineFact<T>(long incidentId, String service, String title, Instant at, String actor, T details) {

	String number() {
		return Incident.number(incidentId);
	}

}
