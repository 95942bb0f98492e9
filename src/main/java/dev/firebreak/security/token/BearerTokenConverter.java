package dev.firebreak.security.token;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationConverter;

/** Reads {@code Authorization: Bearer <token>}; other schemes pass through. */
public final class BearerTokenConverter implements AuthenticationConverter {

	private static final String SCHEME = "bearer ";

	@Override
	public Authentication convert(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
			return null;
		}
		return ApiTokenAuthentication.presented(header.substring(SCHEME.length()).trim());
	}

}
