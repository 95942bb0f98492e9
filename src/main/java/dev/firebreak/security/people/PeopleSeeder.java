package dev.firebreak.security.people;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import dev.firebreak.security.Role;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates people and teams that are missing, for the demo profile, the tests and the
 * first admin. It skips the password policy on purpose (the demo passwords are public
 * anyway), so nothing reachable from the API or from production settings calls it with a
 * chosen password except sign-in's {@code FirstStartAdmin}, which checks the policy
 * itself.
 */
@Component
@Transactional
public class PeopleSeeder {

	private final UserRepository users;

	private final TeamRepository teams;

	private final PasswordEncoder passwords;

	private final Clock clock;

	PeopleSeeder(UserRepository users, TeamRepository teams, PasswordEncoder passwords, Clock clock) {
		this.users = users;
		this.teams = teams;
		this.passwords = passwords;
		this.clock = clock;
	}

	/**
	 * @return whether the person was created (an existing one is left as it is)
	 */
	public boolean ensureUser(String username, String displayName, String password, Set<Role> roles,
			Set<String> teamNames) {
		if (users.exists(username)) {
			return false;
		}
		users.insert(username, displayName, null, passwords.encode(password),
				clock.instant().truncatedTo(ChronoUnit.SECONDS));
		users.replaceRoles(username, roles);
		for (String team : teamNames) {
			ensureTeam(team);
			teams.addMember(team, username);
		}
		return true;
	}

	void ensureTeam(String name) {
		if (!teams.exists(name)) {
			teams.insert(name, name, clock.instant().truncatedTo(ChronoUnit.SECONDS));
		}
	}

	public boolean noUsers() {
		return users.count() == 0;
	}

}
