package dev.firebreak.incident;

import java.time.Instant;

/**
 * A timeline entry as stored, for readers that stream many (the issue log) or pick one
 * type (reports): the details stay the JSON text they were written as, so that a reader
 * parses only the entries it needs, and the hash links it into its incident's chain (ADR
 * 0007).
 *
 * @param details the details as JSON text, as stored
 */
public record TimelineRecord(long id, long incidentId, Instant at, String actor, TimelineType type, String details,
		String hash) {
}
