package dev.firebreak.security.token;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.ApiClient;
import dev.firebreak.ApiClient.Credentials;
import dev.firebreak.ApiClient.Response;
import dev.firebreak.FirebreakTest;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Personal API tokens: shown once, stored as a hash, refused once revoked or expired. */
@FirebreakTest
class ApiTokenTest {

	static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ApiClient api;

	@BeforeEach
	void setUp() {
		ClockUtil.setCurrentTime(Date.from(NOW));
		api = new ApiClient(port);
	}

	@AfterEach
	void releaseTime() {
		ClockUtil.reset();
	}

	@Test
	void aTokenIsShownOnceAndWorksInsteadOfThePassword() {
		Response created = api.post("rita", "/api/v1/me/tokens", Map.of("name", "laptop"));

		assertThat(created.status()).isEqualTo(201);
		String token = created.body().get("token").asText();
		assertThat(token).startsWith("fbt_").hasSizeGreaterThan(40);
		assertThat(created.headers().getLocation()).hasToString("/api/v1/me/tokens/" + created.body().get("id"));

		Response me = api.call(Credentials.bearer(token), HttpMethod.GET, "/api/v1/me", null);
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.body().get("username").asText()).isEqualTo("rita");
		assertThat(me.body().get("roles").toString()).isEqualTo("[\"RESPONDER\"]");
		assertThat(me.body().get("teams").toString()).isEqualTo("[\"ops\"]");
		assertThat(me.body().toString()).doesNotContain("password");

		Response listed = api.get("rita", "/api/v1/me/tokens");
		assertThat(listed.body().findValuesAsText("name")).contains("laptop");
		assertThat(listed.body().toString()).doesNotContain(token);
		assertThat(listed.body().findValues("token")).isEmpty();
	}

	@Test
	void onlyTheHashOfATokenIsStored() {
		Response created = api.post("rita", "/api/v1/me/tokens", Map.of("name", "ci"));
		String token = created.body().get("token").asText();

		Map<String, Object> row = jdbc.sql("select * from fb_api_token where id = ?")
			.param(created.body().get("id").asLong())
			.query()
			.singleRow();

		assertThat(row.values()).allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContain(token));
		assertThat(row.values()).allSatisfy(
				value -> assertThat(String.valueOf(value)).doesNotContain(token.substring(ApiTokens.PREFIX.length())));
		Object hash = row.entrySet()
			.stream()
			.filter(column -> column.getKey().equalsIgnoreCase("token_hash"))
			.findFirst()
			.orElseThrow()
			.getValue();
		assertThat(hash).isEqualTo(ApiTokens.hash(token)).asString().hasSize(64);
	}

	@Test
	void aRevokedTokenIsRefused() {
		Response created = api.post("rita", "/api/v1/me/tokens", Map.of("name", "old"));
		String token = created.body().get("token").asText();
		long id = created.body().get("id").asLong();
		assertThat(me(token)).isEqualTo(200);

		assertThat(api.call(Credentials.of("rita"), HttpMethod.DELETE, "/api/v1/me/tokens/" + id, null).status())
			.isEqualTo(204);

		Response refused = api.call(Credentials.bearer(token), HttpMethod.GET, "/api/v1/me", null);
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.contentType()).isEqualTo("application/problem+json");
		JsonNode listed = api.get("rita", "/api/v1/me/tokens").body();
		assertThat(listed.findValuesAsText("revokedAt")).isNotEmpty();
	}

	@Test
	void nobodyRevokesAnotherPersonsToken() {
		Response created = api.post("rita", "/api/v1/me/tokens", Map.of("name", "mine"));
		String token = created.body().get("token").asText();

		Response response = api.call(Credentials.of("ravi"), HttpMethod.DELETE,
				"/api/v1/me/tokens/" + created.body().get("id").asLong(), null);

		assertThat(response.status()).isEqualTo(404);
		assertThat(me(token)).isEqualTo(200);
	}

	@Test
	void anExpiredTokenIsRefused() {
		Response created = api.post("rita", "/api/v1/me/tokens",
				Map.of("name", "short", "expiresAt", "2026-03-02T10:00:00Z"));
		String token = created.body().get("token").asText();
		assertThat(created.body().get("expiresAt").asText()).isEqualTo("2026-03-02T10:00:00Z");

		ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T09:59:59Z")));
		assertThat(me(token)).isEqualTo(200);
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T10:00:00Z")));
		assertThat(me(token)).isEqualTo(401);
	}

	@Test
	void anExpiryInThePastIsABadRequest() {
		Response response = api.post("rita", "/api/v1/me/tokens",
				Map.of("name", "x", "expiresAt", "2026-03-01T00:00:00Z"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().get("errors").findValuesAsText("field")).containsExactly("expiresAt");
	}

	@Test
	void aTokenCannotMintAnotherToken() {
		String token = api.post("rita", "/api/v1/me/tokens", Map.of("name", "parent")).body().get("token").asText();
		long before = tokensOf("rita");

		Response response = api.call(Credentials.bearer(token), HttpMethod.POST, "/api/v1/me/tokens",
				Map.of("name", "child"));

		assertThat(response.status()).isEqualTo(403);
		assertThat(tokensOf("rita")).isEqualTo(before);
	}

	@Test
	void theTokensOfADisabledPersonStopWorking() {
		String user = "tok-" + System.nanoTime();
		api.post("adam", "/api/v1/users", Map.of("username", user, "displayName", "T", "password",
				"a long enough passphrase", "roles", List.of("RESPONDER")));
		String token = api
			.call(Credentials.basic(user, "a long enough passphrase"), HttpMethod.POST, "/api/v1/me/tokens",
					Map.of("name", "t"))
			.body()
			.get("token")
			.asText();
		assertThat(me(token)).isEqualTo(200);

		api.post("adam", "/api/v1/users/" + user + "/disable", null);

		assertThat(me(token)).isEqualTo(401);
	}

	@Test
	void aTokenCarriesTheOwnersCurrentRoles() {
		String token = api.post("audra", "/api/v1/me/tokens", Map.of("name", "audit")).body().get("token").asText();

		assertThat(api.call(Credentials.bearer(token), HttpMethod.GET, "/api/v1/audit", null).status()).isEqualTo(200);
		assertThat(
				api.call(Credentials.bearer(token), HttpMethod.POST, "/api/v1/teams", Map.of("name", "nope")).status())
			.isEqualTo(403);
	}

	private int me(String token) {
		return api.call(Credentials.bearer(token), HttpMethod.GET, "/api/v1/me", null).status();
	}

	private long tokensOf(String user) {
		return jdbc.sql("select count(*) from fb_api_token where username = ?").param(user).query(Long.class).single();
	}

}
