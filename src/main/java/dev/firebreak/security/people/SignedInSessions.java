package dev.firebreak.security.people;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * Browser sessions keep the roles and teams a person had when they signed in. When an
 * admin changes those, or disables the person, their sessions end and the next page asks
 * them to sign in again, whichever node they are on: sessions are kept in the database,
 * indexed by who signed in. (API requests carry credentials each time and see changes at
 * once.)
 */
@Component
class SignedInSessions {

	private final SessionRegistry registry;

	SignedInSessions(SessionRegistry registry) {
		this.registry = registry;
	}

	void end(String username) {
		registry.getAllSessions(username, false).forEach(SessionInformation::expireNow);
	}

}
