package dev.firebreak.incident;

import java.time.Instant;

import dev.firebreak.audit.ChainHash;

/**
 * Tamper evidence for the timeline: each incident's entries form a hash chain of
 * {@link ChainHash}, starting from {@link ChainHash#GENESIS}. Appends to one incident are
 * already serialised by the lock its update takes on the incident row; see
 * docs/adr/0007-hash-chain.md.
 * <p>
 * Format {@code timeline/v1}: incident id, time, actor, type and details (the JSON text
 * exactly as stored).
 */
public final class TimelineChain {

	static final String FORMAT = "timeline/v1";

	private TimelineChain() {
	}

	public static String hash(String prevHash, long incidentId, Instant at, String actor, String type, String details) {
		return ChainHash.link(prevHash, FORMAT, incidentId, at, actor, type, details);
	}

}
