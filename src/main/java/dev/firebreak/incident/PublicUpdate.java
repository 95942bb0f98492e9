package dev.firebreak.incident;

import java.time.Instant;

/**
 * A public update as it may be shown outside: the status and the message (Markdown) that
 * a person published, and when. Who published it stays on the timeline entry and is not
 * part of this record, so a reader for the public cannot leak it.
 *
 * @param id the timeline entry's id: updates of an incident are ordered by it
 */
public record PublicUpdate(long id, long incidentId, String incidentNumber, PublicStatus status, String message,
		Instant publishedAt) {
}
