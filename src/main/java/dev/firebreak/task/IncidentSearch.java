package dev.firebreak.task;

import java.time.Instant;

import dev.firebreak.incident.IncidentStatus;
import dev.firebreak.incident.Priority;

/**
 * The filters of an incident search, read and checked by {@link IncidentSearchFilters};
 * every field is optional.
 *
 * @param text free text (number, title, description, service, alert labels)
 * @param from detected at or after
 * @param to detected before
 */
public record IncidentSearch(String text, String service, String team, Priority priority, IncidentStatus status,
		Instant from, Instant to) {

	public static final IncidentSearch NONE = new IncidentSearch(null, null, null, null, null, null, null);

}
