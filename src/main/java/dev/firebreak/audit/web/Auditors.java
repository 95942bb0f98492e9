package dev.firebreak.audit.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who may read the audit trail: auditors and admins. The audit room may use no other
 * feature, so, like {@code problem.Viewer}, it reads the roles the security room grants
 * from Spring Security's authorities ({@code ROLE_*}). The URL rules say the same first.
 */
final class Auditors {

	private Auditors() {
	}

	/**
	 * @param action what they try, completing "Only auditors and admins may {action}."
	 */
	static void require(Authentication authentication, String action) {
		boolean auditor = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(authority -> authority.equals("ROLE_AUDITOR") || authority.equals("ROLE_ADMIN"));
		if (!auditor) {
			throw new AccessDeniedException("Only auditors and admins may " + action + ".");
		}
	}

}
