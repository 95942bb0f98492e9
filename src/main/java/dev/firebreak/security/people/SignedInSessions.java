package dev.firebreak.security.people;

import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * Browser sessions keep the roles and teams a person had when they signed in. When an
 * admin changes those, or disables the person, their sessions end and the next page asks
 * them to sign in again. (API requests carry credentials each time and see changes at
 * once.)
 */
@Component
class SignedInSessions {

	private final SessionRegistry registry;

	SignedInSessions(SessionRegistry registry) {
		this.registry = registry;
	}

	void end(String username) {
		for (Object principal : registry.getAllPrincipals()) {
			if (username.equals(name(principal))) {
				registry.getAllSessions(principal, false).forEach(session -> session.expireNow());
			}
		}
	}

	private static String name(Object principal) {
		if (principal instanceof UserDetails user) {
			return user.getUsername();
		}
		if (principal instanceof AuthenticatedPrincipal authenticated) {
			return authenticated.getName();
		}
		return String.valueOf(principal);
	}

}
