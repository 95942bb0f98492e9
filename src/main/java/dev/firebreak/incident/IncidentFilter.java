package dev.firebreak.incident;

import java.time.Instant;
import java.util.Set;

/**
 * What to list; every field is optional.
 *
 * @param teams when not null, only incidents of these teams (a responder's view)
 * @param detectedTo exclusive upper bound
 */
public record IncidentFilter(IncidentStatus status, Priority priority, String service, Set<String> teams,
		Instant detectedFrom, Instant detectedTo) {
}
