package dev.firebreak.security;

import org.springframework.security.access.AccessDeniedException;

/**
 * A rule in a feature's service layer refuses the signed-in person. Answered as
 * {@code 403} with this message and written to the audit log, like a refusal by URL.
 */
public class ActionDeniedException extends AccessDeniedException {

	public ActionDeniedException(String message) {
		super(message);
	}

}
