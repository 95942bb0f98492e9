package dev.firebreak.problem;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who reads or edits problems, taken from Spring Security's authorities. The problem room
 * may depend on the incident room only, so it reads the authorities the security room
 * grants instead of its {@code Actor}: {@code ROLE_*} (Spring's own convention for roles)
 * and {@code TEAM_*} (one per team, as {@code security.Actor} documents).
 *
 * @param seesAllTeams managers, auditors and admins see every team's problems
 */
record Viewer(String username, boolean manager, boolean seesAllTeams, Set<String> teams) {

	private static final String TEAM_PREFIX = "TEAM_";

	static Viewer of(Authentication authentication) {
		Set<String> authorities = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
		boolean manager = authorities.contains("ROLE_MANAGER");
		boolean seesAll = manager || authorities.contains("ROLE_AUDITOR") || authorities.contains("ROLE_ADMIN");
		Set<String> teams = authorities.stream()
			.filter(authority -> authority.startsWith(TEAM_PREFIX))
			.map(authority -> authority.substring(TEAM_PREFIX.length()))
			.collect(Collectors.toUnmodifiableSet());
		return new Viewer(authentication.getName(), manager, seesAll, teams);
	}

}
