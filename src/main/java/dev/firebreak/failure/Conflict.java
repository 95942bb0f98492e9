package dev.firebreak.failure;

import java.util.List;
import java.util.Map;

/**
 * The current state does not allow the request: an illegal state change, a task someone
 * else holds, a name already taken.
 */
public class Conflict extends Failure {

	/**
	 * @param title {@code null} for the standard "Conflict"
	 */
	public Conflict(String title, String detail) {
		super(Kind.CONFLICT, title, detail);
	}

	/**
	 * A conflict that concerns fields (a name already taken), so that forms show it
	 * there.
	 */
	public Conflict(String title, String detail, List<FieldError> fieldErrors) {
		super(Kind.CONFLICT, title, detail, fieldErrors, Map.of());
	}

}
