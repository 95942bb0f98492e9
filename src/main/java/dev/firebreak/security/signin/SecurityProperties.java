package dev.firebreak.security.signin;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.firebreak.security.Role;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in settings. People, teams and roles themselves live in the database.
 *
 * @param adminPassword the password of the {@code admin} user created on first start (an
 * empty user table); from {@code FIREBREAK_ADMIN_PASSWORD}. When empty, a strong password
 * is generated and printed once in the log.
 * @param bcryptStrength cost of the bcrypt password hash (4–31); every step doubles the
 * work of a sign-in and of a guess
 * @param lockout what repeated failed sign-ins do
 * @param oidc how single sign-on users map to roles and teams
 */
@ConfigurationProperties("firebreak.security")
record SecurityProperties(String adminPassword, @DefaultValue("12") int bcryptStrength, @DefaultValue Lockout lockout,
		@DefaultValue Oidc oidc) {

	/**
	 * @param maxFailures consecutive failed password sign-ins that lock the account
	 * @param duration how long the account then stays locked
	 */
	record Lockout(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration duration) {
	}

	/**
	 * @param usernameClaim the ID-token claim that becomes the Firebreak username
	 * @param groupsClaim the claim listing the person's groups at the identity provider
	 * @param roleMapping identity-provider group → Firebreak roles
	 * @param teamMapping identity-provider group → Firebreak teams
	 */
	record Oidc(@DefaultValue("preferred_username") String usernameClaim, @DefaultValue("groups") String groupsClaim,
			Map<String, List<Role>> roleMapping, Map<String, List<String>> teamMapping) {

		Oidc {
			roleMapping = roleMapping == null ? Map.of() : Map.copyOf(roleMapping);
			teamMapping = teamMapping == null ? Map.of() : Map.copyOf(teamMapping);
		}

	}

}
