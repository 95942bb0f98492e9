package dev.firebreak.security.signin;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.firebreak.audit.AuditLog;
import dev.firebreak.security.people.UserRepository;
import dev.firebreak.security.token.ApiTokenAuthentication;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Sign-ins for the audit log, and the lock-out after repeated failures.
 * <p>
 * Every failure is logged. A success is logged for interactive sign-ins only (the login
 * form, single sign-on): an API client sends its credentials with every request, and
 * logging each of those as a sign-in would bury everything else. Token use is traced by
 * the token's creation and revocation entries instead.
 */
@Component
class SignInAudit {

	static final String LOGIN_SUCCEEDED = "LOGIN_SUCCEEDED";

	static final String LOGIN_FAILED = "LOGIN_FAILED";

	static final String ACCOUNT_LOCKED = "ACCOUNT_LOCKED";

	private final AuditLog audit;

	private final UserRepository users;

	private final SecurityProperties properties;

	private final Clock clock;

	SignInAudit(AuditLog audit, UserRepository users, SecurityProperties properties, Clock clock) {
		this.audit = audit;
		this.users = users;
		this.properties = properties;
		this.clock = clock;
	}

	@EventListener
	void on(InteractiveAuthenticationSuccessEvent event) {
		Authentication authentication = event.getAuthentication();
		audit.record(authentication.getName(), LOGIN_SUCCEEDED, authentication.getName(),
				Map.of("method", method(authentication)));
	}

	/**
	 * A successful password check ends a run of failures. Only written when there were
	 * failures, so an API client's every request costs no write.
	 */
	@EventListener
	void on(AuthenticationSuccessEvent event) {
		Authentication authentication = event.getAuthentication();
		if (authentication instanceof UsernamePasswordAuthenticationToken
				&& users.failedAttempts(authentication.getName()) > 0) {
			users.clearFailures(authentication.getName());
		}
	}

	@EventListener
	void on(AbstractAuthenticationFailureEvent event) {
		Authentication attempt = event.getAuthentication();
		// For a token the principal is the presented value: never write it down.
		String who = attempt instanceof ApiTokenAuthentication ? AuditLog.ANONYMOUS : String.valueOf(attempt.getName());
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("method", method(attempt));
		details.put("reason", event.getException().getClass().getSimpleName());
		audit.record(who, LOGIN_FAILED, who, details);
		if (event instanceof AuthenticationFailureBadCredentialsEvent
				&& attempt instanceof UsernamePasswordAuthenticationToken) {
			countFailure(who);
		}
	}

	private void countFailure(String username) {
		if (!users.countFailure(username)) {
			return;
		}
		SecurityProperties.Lockout lockout = properties.lockout();
		if (users.failedAttempts(username) >= lockout.maxFailures()) {
			Instant until = clock.instant().plus(lockout.duration());
			users.lock(username, until);
			audit.record(username, ACCOUNT_LOCKED, username,
					Map.of("failures", lockout.maxFailures(), "lockedUntil", until.toString()));
		}
	}

	private static String method(Authentication authentication) {
		if (authentication instanceof ApiTokenAuthentication) {
			return "token";
		}
		if (authentication instanceof UsernamePasswordAuthenticationToken) {
			return "password";
		}
		return authentication.getClass().getSimpleName().startsWith("OAuth2") ? "oidc" : "other";
	}

}
