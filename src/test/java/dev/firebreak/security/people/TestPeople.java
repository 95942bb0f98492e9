package dev.firebreak.security.people;

import java.util.Set;

import dev.firebreak.ApiClient;
import dev.firebreak.security.Role;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The people the tests sign in as, all with {@link ApiClient#PASSWORD}: responders rita
 * and ravi (team ops) and otto (team other), mona the manager of both teams, audra the
 * auditor and adam the admin. Created in the test profile before the first-start admin
 * check, so no admin password is generated in tests.
 */
@Component
@Profile("test")
@Order(0)
public class TestPeople implements ApplicationRunner {

	private static final String PASSWORD = ApiClient.PASSWORD;

	private final PeopleSeeder seeder;

	TestPeople(PeopleSeeder seeder) {
		this.seeder = seeder;
	}

	@Override
	public void run(ApplicationArguments args) {
		seeder.ensureUser("rita", "Rita Responder", PASSWORD, Set.of(Role.RESPONDER), Set.of("ops"));
		seeder.ensureUser("ravi", "Ravi Responder", PASSWORD, Set.of(Role.RESPONDER), Set.of("ops"));
		seeder.ensureUser("otto", "Otto Other", PASSWORD, Set.of(Role.RESPONDER), Set.of("other"));
		seeder.ensureUser("mona", "Mona Manager", PASSWORD, Set.of(Role.MANAGER), Set.of("ops", "other"));
		seeder.ensureUser("audra", "Audra Auditor", PASSWORD, Set.of(Role.AUDITOR), Set.of());
		seeder.ensureUser("adam", "Adam Admin", PASSWORD, Set.of(Role.ADMIN), Set.of());
	}

	/**
	 * A new person of a test's own (password {@link ApiClient#PASSWORD}), so that what a
	 * test sets up for them (contact methods, schedules) cannot meet another test's.
	 * @return the username, {@code prefix} and a random suffix
	 */
	public String newPerson(String prefix, Role role, String... teams) {
		String username = prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		seeder.ensureUser(username, prefix.substring(0, 1).toUpperCase() + prefix.substring(1) + " "
				+ username.substring(username.length() - 4), PASSWORD, Set.of(role), Set.of(teams));
		return username;
	}

	/** A new enabled team of a test's own. */
	public String newTeam(String prefix) {
		String team = prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		seeder.ensureTeam(team);
		return team;
	}

}
