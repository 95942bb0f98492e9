package dev.firebreak.security.signin;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.firebreak.security.Role;

import org.springframework.stereotype.Component;

/**
 * Turns an ID token's claims into a Firebreak person: the username claim, and roles and
 * teams from the groups claim through the configured mappings. Groups nobody mapped give
 * nothing, so an identity provider cannot grant what Firebreak's settings do not name.
 */
@Component
class OidcGroupMapping {

	private final SecurityProperties.Oidc settings;

	OidcGroupMapping(SecurityProperties properties) {
		this.settings = properties.oidc();
	}

	/**
	 * @throws IllegalArgumentException when the username claim is missing or blank
	 */
	Identity map(Map<String, Object> claims) {
		Object username = claims.get(settings.usernameClaim());
		if (!(username instanceof String name) || name.isBlank()) {
			throw new IllegalArgumentException("The ID token has no '" + settings.usernameClaim() + "' claim");
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Set<String> teams = new TreeSet<>();
		for (String group : groups(claims.get(settings.groupsClaim()))) {
			roles.addAll(settings.roleMapping().getOrDefault(group, List.of()));
			teams.addAll(settings.teamMapping().getOrDefault(group, List.of()));
		}
		Object displayName = claims.getOrDefault("name", name);
		Object email = claims.get("email");
		return new Identity(name.toLowerCase(Locale.ROOT), String.valueOf(displayName),
				email instanceof String e ? e : null, Set.copyOf(roles), Set.copyOf(teams));
	}

	/** Identity providers send groups as a JSON array, some as one delimited string. */
	private static List<String> groups(Object claim) {
		if (claim instanceof Collection<?> values) {
			return values.stream().map(String::valueOf).toList();
		}
		if (claim instanceof String value && !value.isBlank()) {
			return List.of(value.trim().split("[,\\s]+"));
		}
		return List.of();
	}

	record Identity(String username, String displayName, String email, Set<Role> roles, Set<String> teams) {
	}

}
