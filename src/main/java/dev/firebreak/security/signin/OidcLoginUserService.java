package dev.firebreak.security.signin;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import dev.firebreak.audit.AuditLog;
import dev.firebreak.security.Actor;
import dev.firebreak.security.people.Team;
import dev.firebreak.security.people.TeamRepository;
import dev.firebreak.security.people.UserAccount;
import dev.firebreak.security.people.UserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Single sign-on: the identity provider vouches for the person; Firebreak's own tables
 * still decide what they may do. At each sign-in the person is created or updated from
 * the claims (roles and teams from the mapped groups), then their authorities are read
 * back from the database like everyone else's. A disabled person is refused, and a
 * username that belongs to a local password account is never taken over.
 */
@Service
class OidcLoginUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

	static final String USER_PROVISIONED = "USER_PROVISIONED";

	private static final Logger log = LoggerFactory.getLogger(OidcLoginUserService.class);

	private final OidcUserService identityProvider = new OidcUserService();

	private final OidcGroupMapping mapping;

	private final UserRepository users;

	private final TeamRepository teams;

	private final TransactionTemplate transactions;

	private final AuditLog audit;

	private final Clock clock;

	OidcLoginUserService(OidcGroupMapping mapping, UserRepository users, TeamRepository teams,
			TransactionTemplate transactions, AuditLog audit, Clock clock) {
		this.mapping = mapping;
		this.users = users;
		this.teams = teams;
		this.transactions = transactions;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser fromProvider = identityProvider.loadUser(request);
		return transactions.execute(status -> signIn(fromProvider));
	}

	/** Call inside a transaction. */
	OidcUser signIn(OidcUser fromProvider) {
		OidcGroupMapping.Identity identity;
		try {
			identity = mapping.map(fromProvider.getClaims());
		}
		catch (IllegalArgumentException ex) {
			throw refused("invalid_user_info", ex.getMessage());
		}
		if (users.passwordHash(identity.username()).isPresent()) {
			throw refused("access_denied", "The username belongs to a local account");
		}
		if (!users.exists(identity.username())) {
			users.insert(identity.username(), identity.displayName(), identity.email(), null,
					clock.instant().truncatedTo(ChronoUnit.SECONDS));
			audit.record(identity.username(), USER_PROVISIONED, identity.username(),
					Map.of("roles", identity.roles(), "teams", identity.teams()));
		}
		else {
			users.update(identity.username(), identity.displayName(), identity.email());
		}
		users.replaceRoles(identity.username(), identity.roles());
		syncTeams(identity);
		UserAccount account = users.find(identity.username()).orElseThrow();
		if (!account.enabled()) {
			throw refused("access_denied", "The account is disabled");
		}
		return new SignedInOidcUser(account, fromProvider);
	}

	/** The identity provider is the source of team membership for its people. */
	private void syncTeams(OidcGroupMapping.Identity identity) {
		for (Team team : teams.all()) {
			boolean member = team.members().contains(identity.username());
			boolean mapped = identity.teams().contains(team.name());
			if (mapped && !member) {
				teams.addMember(team.name(), identity.username());
			}
			else if (!mapped && member) {
				teams.removeMember(team.name(), identity.username());
			}
		}
		identity.teams()
			.stream()
			.filter(team -> !teams.exists(team))
			.forEach(team -> log.warn("Single sign-on maps a group to team '{}', which does not exist", team));
	}

	/**
	 * Named by the stored username (the mapping lower-cases the claim), with the
	 * authorities from the database.
	 */
	private static final class SignedInOidcUser extends DefaultOidcUser {

		private final String username;

		SignedInOidcUser(UserAccount account, OidcUser fromProvider) {
			super(Actor.authorities(account.roles(), account.teams()), fromProvider.getIdToken(),
					fromProvider.getUserInfo());
			this.username = account.username();
		}

		@Override
		public String getName() {
			return username;
		}

	}

	private static OAuth2AuthenticationException refused(String code, String reason) {
		return new OAuth2AuthenticationException(new OAuth2Error(code, reason, null), reason);
	}

}
