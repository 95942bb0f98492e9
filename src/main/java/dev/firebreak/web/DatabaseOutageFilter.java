package dev.firebreak.web;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.firebreak.failure.Unavailable;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The one answer while the database is away, for every request: {@code 503} with
 * {@code Retry-After}, as problem+json for the API and the friendly error page for a
 * browser. It sits outside every other filter, because the session, the sign-in and the
 * controllers all reach the database and any of them may be the first to find it gone.
 * Other failures pass through unchanged.
 */
@Component
@EnableConfigurationProperties(OutageProperties.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseOutageFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

	static final String DETAIL = "The database cannot be reached right now. Nothing was changed; try again in a moment.";

	private final OutageProperties properties;

	private final ProblemWriter problems;

	DatabaseOutageFilter(OutageProperties properties, ObjectMapper json) {
		this.properties = properties;
		// its own writer: web-slice tests build the filters but not every component
		this.problems = new ProblemWriter(json);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!DatabaseOutage.isCause(ex) || response.isCommitted()) {
				throw ex;
			}
			// one line, not a stack trace per request: the pool already says why
			log.warn("{} {} refused with 503: the database is away ({})", request.getMethod(), request.getRequestURI(),
					ex.toString());
			response.resetBuffer();
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(properties.retryAfter().toSeconds()));
			if (wantsPage(request)) {
				response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value(), DETAIL);
			}
			else {
				problems.write(response, unavailable(properties, ex));
			}
		}
	}

	static Unavailable unavailable(OutageProperties properties, Throwable cause) {
		return new Unavailable(DETAIL, properties.retryAfter(), cause);
	}

	private static boolean wantsPage(HttpServletRequest request) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return false;
		}
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
	}

}
