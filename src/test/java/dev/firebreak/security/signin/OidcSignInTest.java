package dev.firebreak.security.signin;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.firebreak.FirebreakTest;
import dev.firebreak.audit.AuditLog;
import dev.firebreak.security.Role;
import dev.firebreak.security.people.TeamRepository;
import dev.firebreak.security.people.UserAccount;
import dev.firebreak.security.people.UserRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Single sign-on people are kept in our tables like everyone else: created at their first
 * sign-in, their roles and teams taken from the identity provider's groups through the
 * configured mapping, and refused when disabled here or when the name is a local
 * account's.
 */
@FirebreakTest
class OidcSignInTest {

	static final SecurityProperties.Oidc MAPPING = new SecurityProperties.Oidc("preferred_username", "groups",
			Map.of("sre-leads", List.of(Role.MANAGER), "sre", List.of(Role.RESPONDER)),
			Map.of("sre", List.of("ops"), "sre-leads", List.of("ops", "other")));

	@Autowired
	UserRepository users;

	@Autowired
	TeamRepository teams;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	AuditLog audit;

	@Autowired
	Clock clock;

	OidcLoginUserService service;

	String username;

	@BeforeEach
	void setUp() {
		SecurityProperties properties = new SecurityProperties(null, 4, new SecurityProperties.Lockout(5, null),
				MAPPING);
		service = new OidcLoginUserService(new OidcGroupMapping(properties), users, teams, transactions, audit, clock);
		username = "sso-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void theFirstSignInCreatesThePersonWithTheMappedRolesAndTeams() {
		OidcUser signedIn = signIn(username, List.of("sre", "staff"));

		assertThat(signedIn.getName()).isEqualTo(username);
		assertThat(signedIn.getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.containsExactlyInAnyOrder("ROLE_RESPONDER", "TEAM_ops");
		UserAccount stored = users.find(username).orElseThrow();
		assertThat(stored.roles()).containsExactly(Role.RESPONDER);
		assertThat(stored.teams()).containsExactly("ops");
		assertThat(users.passwordHash(username)).as("no password sign-in").isEmpty();
	}

	@Test
	void laterSignInsFollowTheGroupsAtTheIdentityProvider() {
		signIn(username, List.of("sre"));

		OidcUser promoted = signIn(username, List.of("sre-leads"));

		assertThat(promoted.getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.containsExactlyInAnyOrder("ROLE_MANAGER", "TEAM_ops", "TEAM_other");
		assertThat(users.find(username).orElseThrow().teams()).containsExactlyInAnyOrder("ops", "other");
	}

	@Test
	void aPersonDisabledHereIsRefused() {
		signIn(username, List.of("sre"));
		users.setEnabled(username, false);

		assertThatThrownBy(() -> signIn(username, List.of("sre"))).isInstanceOf(OAuth2AuthenticationException.class);
	}

	@Test
	void aLocalAccountIsNeverTakenOver() {
		assertThatThrownBy(() -> signIn("adam", List.of("sre-leads")))
			.isInstanceOf(OAuth2AuthenticationException.class);
		assertThat(users.find("adam").orElseThrow().roles()).containsExactly(Role.ADMIN);
	}

	private OidcUser signIn(String name, List<String> groups) {
		Instant now = Instant.now();
		OidcIdToken token = new OidcIdToken("id-token", now, now.plusSeconds(60),
				Map.of("sub", "subject-" + name, "preferred_username", name, "groups", groups, "name", "SSO Person"));
		DefaultOidcUser fromProvider = new DefaultOidcUser(List.of(), token);
		return transactions.execute(status -> service.signIn(fromProvider));
	}

}
