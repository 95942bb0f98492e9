package dev.firebreak.admin;

import java.util.Map;
import java.util.UUID;

import dev.firebreak.ApiClient;
import dev.firebreak.ApiClient.Credentials;
import dev.firebreak.ApiClient.Response;
import dev.firebreak.FirebreakTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

/** Admins keep the service catalogue; a disabled service takes no new incidents. */
@FirebreakTest
class ServiceCatalogueApiTest {

	@LocalServerPort
	int port;

	ApiClient api;

	String name;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
		name = "svc-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void aServiceIsAddedChangedAndDisabled() {
		Response created = api.post("adam", "/api/v1/services",
				Map.of("name", name, "tier", 1, "owningTeam", "ops", "uptimeTarget", 99.95));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.headers().getLocation()).hasToString("/api/v1/services/" + name);
		assertThat(created.body().get("uptimeTarget").decimalValue()).isEqualByComparingTo("99.95");
		assertThat(report("rita")).isEqualTo(201);

		Response updated = api.call(Credentials.of("adam"), HttpMethod.PUT, "/api/v1/services/" + name,
				Map.of("tier", 3, "owningTeam", "other", "uptimeTarget", 99));
		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.body().get("tier").asInt()).isEqualTo(3);
		assertThat(updated.body().get("owningTeam").asText()).isEqualTo("other");

		Response disabled = api.post("adam", "/api/v1/services/" + name + "/disable", null);
		assertThat(disabled.body().get("enabled").asBoolean()).isFalse();
		assertThat(api.get("rita", "/api/v1/services").body().findValuesAsText("name")).doesNotContain(name);
		assertThat(api.get("rita", "/api/v1/services?includeDisabled=true").body().findValuesAsText("name"))
			.contains(name);
		Response refused = api.post("rita", "/api/v1/incidents",
				Map.of("title", "x", "service", name, "severity", "LOW", "impact", "LOW"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().get("errors").findValuesAsText("field")).containsExactly("service");

		api.post("adam", "/api/v1/services/" + name + "/enable", null);
		assertThat(report("otto")).isEqualTo(201);
	}

	@Test
	void theDefaultUptimeTargetIs99Point9() {
		Response created = api.post("adam", "/api/v1/services", Map.of("name", name, "tier", 2, "owningTeam", "ops"));

		assertThat(created.body().get("uptimeTarget").asText()).isEqualTo("99.9");
	}

	@Test
	void invalidInputNamesEveryField() {
		Response response = api.post("adam", "/api/v1/services",
				Map.of("name", "has space", "tier", 4, "owningTeam", "", "uptimeTarget", 100.5));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().get("errors").findValuesAsText("field")).containsExactly("name", "owningTeam",
				"tier", "uptimeTarget");
	}

	@Test
	void theOwningTeamMustBeAnEnabledTeam() {
		Response response = api.post("adam", "/api/v1/services",
				Map.of("name", name, "tier", 2, "owningTeam", "no-such-team"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().get("errors").findValuesAsText("field")).containsExactly("owningTeam");
		assertThat(api.get("adam", "/api/v1/services/" + name).status()).isEqualTo(404);
	}

	@Test
	void aTakenNameConflicts() {
		api.post("adam", "/api/v1/services", Map.of("name", name, "tier", 2, "owningTeam", "ops"));

		Response again = api.post("adam", "/api/v1/services", Map.of("name", name, "tier", 1, "owningTeam", "other"));

		assertThat(again.status()).isEqualTo(409);
		assertThat(api.get("adam", "/api/v1/services/" + name).body().get("owningTeam").asText()).isEqualTo("ops");
	}

	private int report(String user) {
		return api
			.post(user, "/api/v1/incidents",
					Map.of("title", "Down", "service", name, "severity", "LOW", "impact", "LOW"))
			.status();
	}

}
