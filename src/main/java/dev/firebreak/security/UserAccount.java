package dev.firebreak.security;

import java.time.Instant;
import java.util.Set;

/**
 * A person as stored, without the password hash (which only the sign-in path reads).
 *
 * @param teams the person's enabled teams
 * @param lockedUntil set while repeated failed sign-ins keep the account locked
 */
record UserAccount(String username, String displayName, String email, boolean enabled, Instant lockedUntil,
		Instant createdAt, Set<Role> roles, Set<String> teams) {

	boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

}
