package dev.firebreak.incident;

import java.time.Instant;
import java.util.Set;

/**
 * What to list; every field is optional.
 *
 * @param teams when not null, only incidents of these teams (a responder's view)
 * @param detectedTo exclusive upper bound
 * @param alsoIncidents with {@code teams}: incidents listed whatever their team (those a
 * responder from elsewhere was added to); null or empty for none
 * @param text free text: every word must appear, in any case, in the number, title,
 * description, service or alert labels (see {@link IncidentText})
 */
public record IncidentFilter(IncidentStatus status, Priority priority, String service, Set<String> teams,
		Instant detectedFrom, Instant detectedTo, Set<Long> alsoIncidents, String text) {

	public IncidentFilter(IncidentStatus status, Priority priority, String service, Set<String> teams,
			Instant detectedFrom, Instant detectedTo, Set<Long> alsoIncidents) {
		this(status, priority, service, teams, detectedFrom, detectedTo, alsoIncidents, null);
	}

	public IncidentFilter(IncidentStatus status, Priority priority, String service, Set<String> teams,
			Instant detectedFrom, Instant detectedTo) {
		this(status, priority, service, teams, detectedFrom, detectedTo, null, null);
	}
}
