package dev.firebreak.security;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The signed-in person as the features see them.
 *
 * @param teams the teams whose queues they work (the engine's candidate groups)
 */
public record Actor(String username, Set<String> roles, Set<String> teams) {

	static final String ROLE_PREFIX = "ROLE_";

	static final String TEAM_PREFIX = "TEAM_";

	public static Actor of(Authentication authentication) {
		Set<String> authorities = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
		return new Actor(authentication.getName(), withPrefix(authorities, ROLE_PREFIX),
				withPrefix(authorities, TEAM_PREFIX));
	}

	public boolean hasRole(Role role) {
		return roles.contains(role.name());
	}

	private static Set<String> withPrefix(Set<String> authorities, String prefix) {
		return authorities.stream()
			.filter(a -> a.startsWith(prefix))
			.map(a -> a.substring(prefix.length()))
			.collect(Collectors.toUnmodifiableSet());
	}

}
