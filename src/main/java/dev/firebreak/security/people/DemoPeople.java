package dev.firebreak.security.people;

import java.util.List;
import java.util.Set;

import dev.firebreak.security.Role;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo profile's people, one per role, all with the public password {@code demo}
 * (README and docs/api.md use them). Runs before sign-in's {@code FirstStartAdmin}, so
 * the demo has its own admin.
 */
@Component
@Profile("demo")
@Order(0)
class DemoPeople implements ApplicationRunner {

	static final String PASSWORD = "demo";

	static final List<Person> PEOPLE = List.of(
			new Person("alice", "Alice (responder)", Set.of(Role.RESPONDER), Set.of("payments")),
			new Person("bob", "Bob (responder)", Set.of(Role.RESPONDER), Set.of("web")),
			new Person("maya", "Maya (manager)", Set.of(Role.MANAGER), Set.of("payments", "web", "platform")),
			new Person("audrey", "Audrey (auditor)", Set.of(Role.AUDITOR), Set.of()),
			new Person("admin", "Admin", Set.of(Role.ADMIN), Set.of()));

	private final PeopleSeeder seeder;

	DemoPeople(PeopleSeeder seeder) {
		this.seeder = seeder;
	}

	@Override
	public void run(ApplicationArguments args) {
		List.of("payments", "web", "platform").forEach(seeder::ensureTeam);
		PEOPLE.forEach(p -> seeder.ensureUser(p.username(), p.displayName(), PASSWORD, p.roles(), p.teams()));
	}

	record Person(String username, String displayName, Set<Role> roles, Set<String> teams) {
	}

}
