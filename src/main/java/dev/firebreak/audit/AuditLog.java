package dev.firebreak.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit log: who did what to what, when, and from which address. Inside a transaction
 * an entry commits or rolls back with the change it describes; outside one (sign-ins,
 * refusals) it is written at once. Who did it is a plain name: the caller's, or whoever
 * Spring Security says is signed in.
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

	/** Newest first. Every filter is optional; {@code to} is exclusive. */
	public Page search(String actor, String action, String target, Instant from, Instant to, int page, int size) {
		return entries.search(actor, action, target, from, to, page, size);
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

	public record Page(List<AuditEntry> items, int page, int size, long total) {
	}

}
