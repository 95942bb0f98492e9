package dev.firebreak.security.token;

import java.util.Collection;
import java.util.List;

import dev.firebreak.audit.AuditLog;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/**
 * A personal API token: first the presented value, unauthenticated; then, once checked,
 * the owner with their current authorities and the token's id (the value is dropped).
 */
public final class ApiTokenAuthentication extends AbstractAuthenticationToken {

	private final String username;

	private final Long tokenId;

	private String value;

	private ApiTokenAuthentication(String value, String username, Long tokenId,
			Collection<? extends GrantedAuthority> authorities) {
		super(authorities);
		this.value = value;
		this.username = username;
		this.tokenId = tokenId;
	}

	static ApiTokenAuthentication presented(String value) {
		return new ApiTokenAuthentication(value, null, null, List.of());
	}

	static ApiTokenAuthentication verified(String username, long tokenId,
			Collection<? extends GrantedAuthority> authorities) {
		ApiTokenAuthentication authentication = new ApiTokenAuthentication(null, username, tokenId, authorities);
		authentication.setAuthenticated(true);
		return authentication;
	}

	String value() {
		return value;
	}

	Long tokenId() {
		return tokenId;
	}

	@Override
	public Object getCredentials() {
		return value;
	}

	@Override
	public Object getPrincipal() {
		return username;
	}

	/** Never the token value, which is not a name and must not reach a log. */
	@Override
	public String getName() {
		return username == null ? AuditLog.ANONYMOUS : username;
	}

	@Override
	public void eraseCredentials() {
		value = null;
		super.eraseCredentials();
	}

	@Override
	public String toString() {
		return "ApiTokenAuthentication[user=" + getName() + ", token=" + tokenId + "]";
	}

}
