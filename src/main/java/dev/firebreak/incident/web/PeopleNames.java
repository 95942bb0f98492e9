package dev.firebreak.incident.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.firebreak.security.People;
import dev.firebreak.security.Role;

import org.springframework.stereotype.Component;

/**
 * People's display names for the incident page: the timeline and the owner read "Alice
 * Example", not "alice". Usernames that are nobody's (monitoring, an integration, a
 * disabled person) are shown as they are.
 */
@Component
class PeopleNames {

	private final People people;

	PeopleNames(People people) {
		this.people = people;
	}

	String of(String username) {
		return people.find(username).map(People.Person::name).orElse(username);
	}

	/** Every enabled person's name by username, for a page with many names on it. */
	Map<String, String> all() {
		return people.all()
			.stream()
			.collect(Collectors.toMap(People.Person::username, People.Person::name, (a, b) -> a));
	}

	/**
	 * Who may own an incident of this team (its responders and every manager), the
	 * current owner left out, by name.
	 */
	List<People.Person> possibleOwners(String team, String currentOwner) {
		return Stream
			.concat(people.membersOf(team).stream().filter(person -> person.roles().contains(Role.RESPONDER)),
					people.withRole(Role.MANAGER).stream())
			.filter(person -> !person.username().equals(currentOwner))
			.collect(Collectors.toMap(People.Person::username, Function.identity(), (a, b) -> a))
			.values()
			.stream()
			.sorted(Comparator.comparing(People.Person::name))
			.toList();
	}

}
