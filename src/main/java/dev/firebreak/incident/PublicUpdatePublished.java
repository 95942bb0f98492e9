package dev.firebreak.incident;

import java.time.Instant;

/**
 * A person published a public update on an incident: whoever tells the outside (the
 * status page, the incident's followers) can pass it on. Holds only what may be told
 * publicly, never who wrote it.
 */
public record PublicUpdatePublished(long incidentId, String number, PublicStatus status, String message,
		Instant publishedAt) {
}
