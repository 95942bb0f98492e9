package dev.firebreak.suppression;

import java.util.Set;

import dev.firebreak.security.Actor;

import org.springframework.security.core.Authentication;

import static dev.firebreak.security.Role.ADMIN;
import static dev.firebreak.security.Role.MANAGER;
import static dev.firebreak.security.Role.RESPONDER;

/**
 * Who creates or ends silences and windows, in this feature's terms; the roles and teams
 * are read by {@link Actor}, as everywhere else.
 *
 * @param manages managers and admins create and end any silence or window
 */
record Editor(String username, boolean manages, boolean responder, Set<String> teams) {

	static Editor of(Authentication authentication) {
		Actor actor = Actor.of(authentication);
		return new Editor(actor.username(), actor.hasAnyRole(MANAGER, ADMIN), actor.hasRole(RESPONDER), actor.teams());
	}

}
