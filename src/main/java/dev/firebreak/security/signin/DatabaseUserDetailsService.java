package dev.firebreak.security.signin;

import java.time.Clock;

import dev.firebreak.security.Actor;
import dev.firebreak.security.people.UserAccount;
import dev.firebreak.security.people.UserRepository;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Password sign-in reads people from the database on every attempt, so a disabled
 * account, a new role or a lock applies to the next request. Authorities are
 * {@code ROLE_x} per role and {@code TEAM_x} per enabled team (see {@link Actor}).
 */
@Service
class DatabaseUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

	private final UserRepository users;

	private final Clock clock;

	DatabaseUserDetailsService(UserRepository users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		UserAccount account = users.find(username).orElseThrow(() -> new UsernameNotFoundException("No such user"));
		// A person who signs in only through single sign-on has no password: for password
		// sign-in they do not exist (and the provider still spends the time of a check).
		String hash = users.passwordHash(account.username())
			.orElseThrow(() -> new UsernameNotFoundException("No password sign-in"));
		return User.withUsername(account.username())
			.password(hash)
			.authorities(Actor.authorities(account.roles(), account.teams()))
			.disabled(!account.enabled())
			.accountLocked(account.lockedAt(clock.instant()))
			.build();
	}

	/**
	 * Re-hashes with the current settings after a successful sign-in (e.g. a new cost).
	 */
	@Override
	public UserDetails updatePassword(UserDetails user, String newPassword) {
		users.setPasswordHash(user.getUsername(), newPassword);
		return User.withUserDetails(user).password(newPassword).build();
	}

}
