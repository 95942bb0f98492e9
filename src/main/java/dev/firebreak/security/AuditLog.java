package dev.firebreak.security;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends to the audit log: who did what to what, when, and from which address. Inside a
 * transaction the entry commits or rolls back with the change it describes; outside one
 * (sign-ins, refusals) it is written at once.
 * <p>
 * Callers pass details without secrets: never a password, token or key.
 */
@Component
public class AuditLog {

	/** Who the log names when nobody is signed in. */
	public static final String ANONYMOUS = "(anonymous)";

	private final AuditRepository entries;

	private final Clock clock;

	AuditLog(AuditRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	/** An action by the signed-in person. */
	public void record(String action, String target, Map<String, ?> details) {
		record(currentActor(), action, target, details);
	}

	public void record(String actor, String action, String target, Map<String, ?> details) {
		entries.insert(clock.instant().truncatedTo(ChronoUnit.MILLIS), actor == null ? ANONYMOUS : actor, action,
				target, details, sourceAddress());
	}

	private static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || !authentication.isAuthenticated() ? ANONYMOUS : authentication.getName();
	}

	/**
	 * The client's address as the servlet container sees it (behind a proxy, set
	 * {@code server.forward-headers-strategy}); null outside a request.
	 */
	private static String sourceAddress() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			HttpServletRequest request = servlet.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}
