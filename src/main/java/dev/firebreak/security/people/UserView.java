package dev.firebreak.security.people;

import java.time.Instant;
import java.util.List;

import dev.firebreak.security.Role;

/**
 * A person as the API shows them: never a password hash.
 *
 * @param lockedUntil set while failed sign-ins keep the account locked
 * @param singleSignOn signs in through the identity provider, without a password
 */
public record UserView(String username, String displayName, String email, List<Role> roles, List<String> teams,
		boolean enabled, Instant lockedUntil, boolean singleSignOn, Instant createdAt) {

	public static UserView of(UserAccount account, boolean hasPassword, Instant now) {
		return new UserView(account.username(), account.displayName(), account.email(),
				account.roles().stream().sorted().toList(), account.teams().stream().sorted().toList(),
				account.enabled(), account.lockedAt(now) ? account.lockedUntil() : null, !hasPassword,
				account.createdAt());
	}

}
