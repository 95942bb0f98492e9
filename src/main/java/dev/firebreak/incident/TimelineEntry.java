package dev.firebreak.incident;

import java.time.Instant;
import java.util.Map;

/**
 * One line of an incident's append-only history: who did what, when, with the details an
 * auditor needs to reconstruct it (for decisions: every input and output).
 */
public record TimelineEntry(Long id, long incidentId, Instant at, String actor, TimelineType type,
		Map<String, Object> details) {

	public TimelineEntry {
		details = Map.copyOf(details);
	}

}
