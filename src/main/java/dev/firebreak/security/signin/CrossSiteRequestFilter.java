package dev.firebreak.security.signin;

import java.io.IOException;
import java.util.Set;

import dev.firebreak.security.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API has no CSRF tokens because it takes no cookies. But a browser that once
 * answered a Basic challenge re-sends those credentials on its own, even for a form
 * another site submits. Browsers label such requests ({@code Sec-Fetch-Site}); a change
 * requested from another site is refused. Clients that are not browsers send no such
 * header and are not affected.
 */
class CrossSiteRequestFilter extends OncePerRequestFilter {

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private static final Set<String> OTHER_SITES = Set.of("cross-site", "same-site");

	private final ProblemResponses problems;

	CrossSiteRequestFilter(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String site = request.getHeader("Sec-Fetch-Site");
		if (!SAFE_METHODS.contains(request.getMethod()) && site != null && OTHER_SITES.contains(site)) {
			problems.deny(request, response, "Changes cannot be requested from another site.");
			return;
		}
		chain.doFilter(request, response);
	}

}
