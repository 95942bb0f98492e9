package dev.firebreak.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The signed-in person as the features see them.
 *
 * @param teams the teams whose queues they work (the engine's candidate groups)
 */
public record Actor(String username, Set<String> roles, Set<String> teams) {

	private static final String ROLE_PREFIX = "ROLE_";

	private static final String TEAM_PREFIX = "TEAM_";

	public static Actor of(Authentication authentication) {
		Set<String> authorities = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
		return new Actor(authentication.getName(), withPrefix(authorities, ROLE_PREFIX),
				withPrefix(authorities, TEAM_PREFIX));
	}

	/**
	 * What every way of signing in grants (password, token, single sign-on), and what
	 * {@link #of} reads back: {@code ROLE_x} per role and {@code TEAM_x} per team.
	 */
	public static List<GrantedAuthority> authorities(Set<Role> roles, Set<String> teams) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		roles.forEach(role -> authorities.add(new SimpleGrantedAuthority(ROLE_PREFIX + role.name())));
		teams.forEach(team -> authorities.add(new SimpleGrantedAuthority(TEAM_PREFIX + team)));
		return authorities;
	}

	public boolean hasRole(Role role) {
		return roles.contains(role.name());
	}

	public boolean hasAnyRole(Role... any) {
		return Arrays.stream(any).anyMatch(this::hasRole);
	}

	/**
	 * @param action what they try, completing "Only ... may {action}."
	 * @throws ActionDeniedException unless they hold one of the roles
	 */
	public void requireAnyRole(String action, Role... any) {
		if (!hasAnyRole(any)) {
			throw new ActionDeniedException("Only " + Arrays.stream(any)
				.map(role -> role.name().toLowerCase(Locale.ROOT) + "s")
				.collect(Collectors.joining(" and ")) + " may " + action + ".");
		}
	}

	public boolean isIn(String team) {
		return teams.contains(team);
	}

	private static Set<String> withPrefix(Set<String> authorities, String prefix) {
		return authorities.stream()
			.filter(a -> a.startsWith(prefix))
			.map(a -> a.substring(prefix.length()))
			.collect(Collectors.toUnmodifiableSet());
	}

}
