package dev.firebreak.security.people;

import java.time.Instant;
import java.util.Set;

import dev.firebreak.security.Role;

/**
 * A person as stored, without the password hash (which only the sign-in path reads).
 *
 * @param teams the person's enabled teams
 * @param lockedUntil set while repeated failed sign-ins keep the account locked
 */
public record UserAccount(String username, String displayName, String email, boolean enabled, Instant lockedUntil,
		Instant createdAt, Set<Role> roles, Set<String> teams) {

	public boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

}
