package dev.firebreak.security.token;

import dev.firebreak.security.Actor;
import dev.firebreak.security.people.UserAccount;
import dev.firebreak.security.people.UserRepository;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;

/**
 * Checks a presented token: known, not revoked, not expired, and its owner still enabled.
 * Authorities are the owner's as of now, so a role taken away applies to their tokens at
 * once. A password lock-out does not stop tokens: it guards against password guessing,
 * which tokens are not open to.
 * <p>
 * Not a bean on purpose: a lone AuthenticationProvider bean would replace the password
 * sign-in Spring Boot sets up from the UserDetailsService.
 */
public class ApiTokenAuthenticationProvider implements AuthenticationProvider {

	private final ApiTokens tokens;

	private final UserRepository users;

	public ApiTokenAuthenticationProvider(ApiTokens tokens, UserRepository users) {
		this.tokens = tokens;
		this.users = users;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		ApiTokenAuthentication presented = (ApiTokenAuthentication) authentication;
		ApiToken token = tokens.usable(presented.value())
			.orElseThrow(() -> new BadCredentialsException("Unknown, revoked or expired API token"));
		UserAccount owner = users.find(token.username())
			.orElseThrow(() -> new BadCredentialsException("The token's owner no longer exists"));
		if (!owner.enabled()) {
			throw new DisabledException("The token's owner is disabled");
		}
		return ApiTokenAuthentication.verified(owner.username(), token.id(),
				Actor.authorities(owner.roles(), owner.teams()));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return ApiTokenAuthentication.class.isAssignableFrom(authentication);
	}

}
