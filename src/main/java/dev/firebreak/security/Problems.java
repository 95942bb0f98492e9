package dev.firebreak.security;

import dev.firebreak.failure.Conflict;
import dev.firebreak.failure.NotFound;

/** The 404 and 409 refusals of the people and token API. */
public final class Problems {

	private Problems() {
	}

	public static NotFound notFound(String detail) {
		return new NotFound("Not found", detail);
	}

	public static Conflict conflict(String detail) {
		return new Conflict("Conflict", detail);
	}

}
