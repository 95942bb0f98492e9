package dev.firebreak.security.signin;

import java.util.List;
import java.util.Map;

import dev.firebreak.security.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How an identity provider's groups become Firebreak roles and teams. */
class OidcGroupMappingTest {

	final OidcGroupMapping mapping = new OidcGroupMapping(new SecurityProperties(null, 4, null,
			new SecurityProperties.Oidc("preferred_username", "groups",
					Map.of("ops-leads", List.of(Role.MANAGER), "ops-staff", List.of(Role.RESPONDER), "auditors",
							List.of(Role.AUDITOR)),
					Map.of("ops-staff", List.of("ops"), "ops-leads", List.of("ops", "platform")))));

	@Test
	void mappedGroupsGiveTheirRolesAndTeams() {
		OidcGroupMapping.Identity identity = mapping.map(Map.of("preferred_username", "Maya.K", "name", "Maya K",
				"email", "maya@example.org", "groups", List.of("ops-leads", "ops-staff")));

		assertThat(identity.username()).isEqualTo("maya.k");
		assertThat(identity.displayName()).isEqualTo("Maya K");
		assertThat(identity.email()).isEqualTo("maya@example.org");
		assertThat(identity.roles()).containsExactlyInAnyOrder(Role.MANAGER, Role.RESPONDER);
		assertThat(identity.teams()).containsExactlyInAnyOrder("ops", "platform");
	}

	@Test
	void unmappedGroupsGiveNothing() {
		OidcGroupMapping.Identity identity = mapping
			.map(Map.of("preferred_username", "eve", "groups", List.of("domain-admins", "everyone")));

		assertThat(identity.roles()).isEmpty();
		assertThat(identity.teams()).isEmpty();
		assertThat(identity.displayName()).isEqualTo("eve");
	}

	@Test
	void groupsSentAsOneStringAreSplit() {
		assertThat(mapping.map(Map.of("preferred_username", "al", "groups", "auditors, ops-staff")).roles())
			.containsExactlyInAnyOrder(Role.AUDITOR, Role.RESPONDER);
	}

	@Test
	void withoutTheUsernameClaimNobodySignsIn() {
		assertThatThrownBy(() -> mapping.map(Map.of("sub", "123", "groups", List.of("ops-leads"))))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("preferred_username");
	}

}
