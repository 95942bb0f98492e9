package dev.firebreak.security.token;

import java.time.Instant;

/** A personal API token as listed: everything but its value, which is never stored. */
record ApiToken(long id, String username, String name, Instant createdAt, Instant expiresAt, Instant revokedAt) {

	boolean usableAt(Instant now) {
		return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
	}

}
