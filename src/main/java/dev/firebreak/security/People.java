package dev.firebreak.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.firebreak.security.people.Team;
import dev.firebreak.security.people.TeamRepository;
import dev.firebreak.security.people.UserAccount;
import dev.firebreak.security.people.UserRepository;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other features may ask about people: who someone is, who is in a team, who holds a
 * role. Only enabled people are ever named, so a disabled account is never paged or
 * mailed.
 */
@Component
@Transactional(readOnly = true)
public class People {

	private final UserRepository users;

	private final TeamRepository teams;

	People(UserRepository users, TeamRepository teams) {
		this.users = users;
		this.teams = teams;
	}

	/** An enabled person, with their roles and enabled teams. */
	public Optional<Person> find(String username) {
		return users.find(username).filter(UserAccount::enabled).map(People::person);
	}

	/** The enabled members of an enabled team, sorted by username. */
	public List<Person> membersOf(String team) {
		return teams.find(team)
			.filter(Team::enabled)
			.map(found -> found.members().stream().map(this::find).flatMap(Optional::stream).toList())
			.orElse(List.of());
	}

	/** The team's enabled members who are managers. */
	public List<Person> managersOf(String team) {
		return membersOf(team).stream().filter(person -> person.roles().contains(Role.MANAGER)).toList();
	}

	/** Everyone enabled who holds the role, sorted by username. */
	public List<Person> withRole(Role role) {
		return users.enabledWithRole(role).stream().map(this::find).flatMap(Optional::stream).toList();
	}

	/** Every enabled person, sorted by username (for pickers). */
	public List<Person> all() {
		return users.all().stream().filter(UserAccount::enabled).map(People::person).toList();
	}

	private static Person person(UserAccount account) {
		return new Person(account.username(), account.displayName(), account.email(), account.roles(), account.teams());
	}

	/**
	 * An enabled person as other features see them.
	 *
	 * @param email the account's address, if any (people add more as contact methods)
	 */
	public record Person(String username, String displayName, String email, Set<Role> roles, Set<String> teams) {

		/** The person as an actor, for reading what they may read (their reports). */
		public Actor asActor() {
			return new Actor(username,
					roles.stream().map(Role::name).collect(java.util.stream.Collectors.toUnmodifiableSet()),
					Set.copyOf(teams));
		}

		public String name() {
			return displayName == null || displayName.isBlank() ? username : displayName;
		}

	}

}
