package dev.firebreak.workflow;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Carries the person behind an API call into the engine, so that delegates running in
 * that call name them on the timeline; the engine's own actions are
 * {@link ProcessConstants#SYSTEM_ACTOR}.
 */
final class Actors {

	private Actors() {
	}

	static String current(IdentityService identity) {
		Authentication authentication = identity.getCurrentAuthentication();
		return (authentication == null || authentication.getUserId() == null) ? ProcessConstants.SYSTEM_ACTOR
				: authentication.getUserId();
	}

	/** Runs {@code action} with {@code actor} as the engine's authenticated user. */
	static <T> T as(IdentityService identity, String actor, java.util.function.Supplier<T> action) {
		identity.setAuthenticatedUserId(actor);
		try {
			return action.get();
		}
		finally {
			identity.clearAuthentication();
		}
	}

}
