package dev.firebreak.suppression;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who creates or ends silences and windows, read from Spring Security's authorities
 * ({@code ROLE_*}, {@code TEAM_*}) as {@code problem}'s {@code Viewer} does, so that this
 * feature need not depend on {@code security}.
 *
 * @param manages managers and admins create and end any silence or window
 */
record Editor(String username, boolean manages, boolean responder, Set<String> teams) {

	private static final String TEAM_PREFIX = "TEAM_";

	static Editor of(Authentication authentication) {
		Set<String> authorities = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
		return new Editor(authentication.getName(),
				authorities.contains("ROLE_MANAGER") || authorities.contains("ROLE_ADMIN"),
				authorities.contains("ROLE_RESPONDER"),
				authorities.stream()
					.filter(authority -> authority.startsWith(TEAM_PREFIX))
					.map(authority -> authority.substring(TEAM_PREFIX.length()))
					.collect(Collectors.toUnmodifiableSet()));
	}

}
