package dev.firebreak.security;

import java.io.IOException;
import java.util.Map;

import dev.firebreak.audit.AuditLog;
import dev.firebreak.failure.Failure.Kind;
import dev.firebreak.web.DatabaseOutage;
import dev.firebreak.web.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * How the filter chains say no: {@code 401} and {@code 403} as
 * {@code application/problem+json} (a browser asking for a page is sent to the login form
 * instead), and every refusal of a signed-in person goes to the audit log.
 */
@Component
public class ProblemResponses {

	static final String ACCESS_DENIED = "ACCESS_DENIED";

	private static final String SIGN_IN = "Sign in to use Firebreak: the credentials are missing or not valid.";

	private final ProblemWriter problems;

	private final AuditLog audit;

	private final LoginUrlAuthenticationEntryPoint loginForm = new LoginUrlAuthenticationEntryPoint("/login");

	ProblemResponses(ProblemWriter problems, AuditLog audit) {
		this.problems = problems;
		this.audit = audit;
	}

	/**
	 * An address the firewall refuses (an encoded slash or dot, as in {@code ..%2F}, a
	 * backslash, a doubled slash): 400 problem+json, before anything else looks at it,
	 * instead of the servlet container's own error page.
	 */
	public RequestRejectedHandler rejectedAddress() {
		return (request, response, ex) -> problems.write(response, Kind.INVALID_INPUT,
				"The address is not one Firebreak accepts: encoded slashes, dots or backslashes, and path"
						+ " segments such as \"..\", are refused in addresses.");
	}

	/** For API clients: HTTP Basic or a personal token. */
	public AuthenticationEntryPoint apiEntryPoint() {
		return (request, response, ex) -> {
			rethrowOutage(ex);
			response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Firebreak\"");
			response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Firebreak\"");
			problems.write(response, Kind.UNAUTHENTICATED, SIGN_IN);
		};
	}

	/** A browser navigating to a page gets the login form; anything else a 401. */
	public AuthenticationEntryPoint browserEntryPoint() {
		AuthenticationEntryPoint api = apiEntryPoint();
		return (request, response, ex) -> {
			rethrowOutage(ex);
			if (wantsPage(request)) {
				loginForm.commence(request, response, ex);
			}
			else {
				api.commence(request, response, ex);
			}
		};
	}

	public AccessDeniedHandler accessDenied() {
		return (request, response, ex) -> deny(request, response, reason(ex));
	}

	/**
	 * A browser asking for a page gets the error page, which keeps the navigation and
	 * says why (the container renders it through {@code /error}); anything else
	 * problem+json. Both are recorded.
	 */
	public AccessDeniedHandler browserAccessDenied() {
		return (request, response, ex) -> {
			if (wantsPage(request)) {
				String reason = reason(ex);
				record(request, reason);
				response.sendError(HttpStatus.FORBIDDEN.value(), reason);
			}
			else {
				deny(request, response, reason(ex));
			}
		};
	}

	/** Refuses the request with 403 and records the refusal. */
	public void deny(HttpServletRequest request, HttpServletResponse response, String reason) throws IOException {
		record(request, reason);
		problems.write(response, Kind.DENIED, reason);
	}

	private void record(HttpServletRequest request, String reason) {
		audit.record(ACCESS_DENIED, request.getMethod() + " " + request.getRequestURI(), Map.of("reason", reason));
	}

	private static String reason(AccessDeniedException ex) {
		if (ex instanceof ActionDeniedException) {
			return ex.getMessage();
		}
		if (ex instanceof CsrfException) {
			return "The request carries no valid CSRF token: reload the page and try again.";
		}
		return "Your roles do not allow this action.";
	}

	/**
	 * A sign-in that failed because the users' table could not be read is no wrong
	 * password: it goes on to the one outage answer (web's DatabaseOutageFilter), a 503.
	 */
	private static void rethrowOutage(AuthenticationException ex) {
		if (DatabaseOutage.isCause(ex)) {
			throw ex;
		}
	}

	private static boolean wantsPage(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
	}

}
