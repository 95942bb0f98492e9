package dev.firebreak.security.people;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.firebreak.security.Role;
import dev.firebreak.web.FormValues;

import org.springframework.util.MultiValueMap;

/**
 * The person form as sent: single fields, and the ticked roles and teams. Unknown teams
 * or roles (only a hand-made request sends them) become field messages, so nothing
 * changes.
 *
 * @param values the single fields as typed, to show again; never the password
 */
record PeopleForm(Map<String, String> values, Set<Role> roles, Set<String> teams, Map<String, String> errors) {

	static PeopleForm read(MultiValueMap<String, String> form, List<String> knownTeams) {
		Map<String, String> errors = new LinkedHashMap<>();
		Map<String, String> values = new LinkedHashMap<>();
		for (String field : List.of("username", "displayName", "email")) {
			values.put(field, form.getFirst(field));
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String role : form.getOrDefault("roles", List.of())) {
			Role chosen = FormValues.option(Role.class, role, "roles", errors);
			if (chosen != null) {
				roles.add(chosen);
			}
		}
		Set<String> teams = new TreeSet<>(form.getOrDefault("teams", List.of()));
		if (!knownTeams.containsAll(teams)) {
			errors.put("teams", "Choose one of the options.");
		}
		return new PeopleForm(values, roles, teams, errors);
	}

	/** A blank field is null, so that the request's rules say whether it is required. */
	String get(String field) {
		String value = values.get(field);
		return value == null || value.isBlank() ? null : value.trim();
	}

	/** The roles as the template ticks them. */
	List<String> roleNames() {
		List<String> names = new ArrayList<>();
		roles.forEach(role -> names.add(role.name()));
		return names;
	}

}
