package dev.firebreak.security;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.ApiClient.Credentials;
import dev.firebreak.ApiClient.Response;
import dev.firebreak.ApiClient;
import dev.firebreak.BrowserSession;
import dev.firebreak.FirebreakTest;
import dev.firebreak.audit.AuditLog;
import dev.firebreak.incident.Impact;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.NewIncident;
import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.incident.Severity;
import dev.firebreak.incident.TestServices;
import dev.firebreak.security.token.ApiTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the audit log records: sign-ins (interactive successes, every failure), refusals,
 * admin changes before and after, token creation and revocation; never a secret.
 */
@FirebreakTest
class AuditLogTest {

	static final String PASSWORD = "a long enough passphrase";

	@LocalServerPort
	int port;

	@Autowired
	IncidentService incidents;

	@Autowired
	ServiceCatalogue catalogue;

	ApiClient api;

	String user;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
		user = "aud-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(api
			.post("adam", "/api/v1/users", Map.of("username", user, "displayName", "Audited", "password", PASSWORD,
					"roles", List.of("RESPONDER")))
			.status()).isEqualTo(201);
	}

	@Test
	void aFormLoginIsRecordedWithItsSourceAddress() {
		new BrowserSession(port).login(user, PASSWORD);

		JsonNode entry = only("actor=" + user + "&action=LOGIN_SUCCEEDED");
		assertThat(entry.get("target").asText()).isEqualTo(user);
		assertThat(entry.at("/details/method").asText()).isEqualTo("password");
		assertThat(entry.get("sourceAddress").asText()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
	}

	@Test
	void apiRequestsAreNotEachRecordedAsASignIn() {
		assertThat(api.call(Credentials.basic(user, PASSWORD), HttpMethod.GET, "/api/v1/me", null).status())
			.isEqualTo(200);

		assertThat(entries("actor=" + user + "&action=LOGIN_SUCCEEDED")).isEmpty();
	}

	@Test
	void everyFailedSignInIsRecordedWithoutThePasswordTried() {
		api.call(Credentials.basic(user, "my secret guess"), HttpMethod.GET, "/api/v1/me", null);
		new BrowserSession(port).login(user, "another secret guess");

		List<JsonNode> failures = entries("actor=" + user + "&action=LOGIN_FAILED");
		assertThat(failures).hasSize(2);
		assertThat(failures).allSatisfy(failure -> {
			assertThat(failure.at("/details/reason").asText()).isEqualTo("BadCredentialsException");
			assertThat(failure.get("sourceAddress").asText()).isNotBlank();
			assertThat(failure.toString()).doesNotContain("secret guess");
		});
	}

	@Test
	void aFailedTokenIsRecordedWithoutTheToken() {
		String bogus = "fbt_" + UUID.randomUUID();
		Instant from = now();

		api.call(Credentials.bearer(bogus), HttpMethod.GET, "/api/v1/me", null);

		List<JsonNode> failures = entries("action=LOGIN_FAILED&from=" + from);
		assertThat(failures).anySatisfy(failure -> {
			assertThat(failure.get("actor").asText()).isEqualTo(AuditLog.ANONYMOUS);
			assertThat(failure.at("/details/method").asText()).isEqualTo("token");
		});
		assertThat(failures.toString()).doesNotContain(bogus);
	}

	@Test
	void refusalsAreRecordedWhetherTheUrlRuleOrTheServiceSaidNo() {
		String service = TestServices.fresh(catalogue, "aud-svc", 2, "ops");
		String number = incidents.report(new NewIncident("x", null, service, Severity.LOW, Impact.LOW), "reporter")
			.number();
		Response byUrl = api.call(Credentials.basic(user, PASSWORD), HttpMethod.POST, "/api/v1/teams",
				Map.of("name", "nope"));
		Response byService = api.call(Credentials.basic(user, PASSWORD), HttpMethod.GET, "/api/v1/incidents/" + number,
				null);
		assertThat(byUrl.status()).isEqualTo(403);
		assertThat(byService.status()).isEqualTo(403);

		List<JsonNode> denials = entries("actor=" + user + "&action=ACCESS_DENIED");
		assertThat(denials).extracting(d -> d.get("target").asText())
			.containsExactlyInAnyOrder("POST /api/v1/teams", "GET /api/v1/incidents/" + number);
		assertThat(denials).extracting(d -> d.at("/details/reason").asText())
			.contains("Incident " + number + " belongs to team ops, which you are not in.");
	}

	@Test
	void anAdminChangeIsRecordedBeforeAndAfterWithoutThePassword() {
		String newPassword = "an entirely new passphrase";
		api.call(Credentials.of("adam"), HttpMethod.PUT, "/api/v1/users/" + user,
				Map.of("displayName", "Renamed", "password", newPassword, "roles", List.of("MANAGER")));

		JsonNode entry = only("actor=adam&action=USER_UPDATED", user);
		JsonNode created = only("actor=adam&action=USER_CREATED", user);
		assertThat(entry.at("/details/before/displayName").asText()).isEqualTo("Audited");
		assertThat(entry.at("/details/after/displayName").asText()).isEqualTo("Renamed");
		assertThat(entry.at("/details/before/roles").toString()).isEqualTo("[\"RESPONDER\"]");
		assertThat(entry.at("/details/after/roles").toString()).isEqualTo("[\"MANAGER\"]");
		assertThat(entry.at("/details/passwordChanged").asBoolean()).isTrue();
		for (JsonNode e : List.of(entry, created)) {
			assertThat(e.toString()).doesNotContain(newPassword)
				.doesNotContain(PASSWORD)
				.doesNotContain("{bcrypt}")
				.doesNotContain("$2a$");
		}
	}

	@Test
	void teamAndServiceChangesAreRecorded() {
		String team = "aud-team-" + UUID.randomUUID().toString().substring(0, 8);
		api.post("adam", "/api/v1/teams", Map.of("name", team));
		api.post("adam", "/api/v1/teams/" + team + "/members", Map.of("username", user));
		api.post("adam", "/api/v1/services", Map.of("name", team, "tier", 1, "owningTeam", team));
		api.call(Credentials.of("adam"), HttpMethod.PUT, "/api/v1/services/" + team,
				Map.of("tier", 2, "owningTeam", team, "uptimeTarget", 99.5));

		assertThat(only("action=TEAM_CREATED", team).at("/details/after/name").asText()).isEqualTo(team);
		assertThat(only("action=TEAM_MEMBER_ADDED", team).at("/details/username").asText()).isEqualTo(user);
		assertThat(only("action=SERVICE_CREATED", team).at("/details/after/uptimeTarget").asText()).isEqualTo("99.9");
		JsonNode updated = only("action=SERVICE_UPDATED", team);
		assertThat(updated.at("/details/before/tier").asInt()).isEqualTo(1);
		assertThat(updated.at("/details/after/tier").asInt()).isEqualTo(2);
		assertThat(updated.at("/details/after/uptimeTarget").asText()).isEqualTo("99.5");
	}

	@Test
	void tokensAreRecordedWhenCreatedAndRevokedButNeverTheirValue() {
		Response created = api.call(Credentials.basic(user, PASSWORD), HttpMethod.POST, "/api/v1/me/tokens",
				Map.of("name", "deploy bot"));
		String token = created.body().get("token").asText();
		long id = created.body().get("id").asLong();
		api.call(Credentials.basic(user, PASSWORD), HttpMethod.DELETE, "/api/v1/me/tokens/" + id, null);

		JsonNode creation = only("actor=" + user + "&action=TOKEN_CREATED");
		JsonNode revocation = only("actor=" + user + "&action=TOKEN_REVOKED");
		assertThat(creation.get("target").asText()).isEqualTo("token " + id);
		assertThat(creation.at("/details/name").asText()).isEqualTo("deploy bot");
		assertThat(revocation.get("target").asText()).isEqualTo("token " + id);
		assertThat(creation.toString() + revocation).doesNotContain(token)
			.doesNotContain(token.substring(ApiTokens.PREFIX.length()));
	}

	@Test
	void theLogFiltersByActorActionAndTimeNewestFirstInPages() {
		Instant start = now();
		for (int i = 0; i < 3; i++) {
			api.call(Credentials.basic(user, "wrong " + i), HttpMethod.GET, "/api/v1/me", null);
		}

		JsonNode firstPage = api.get("audra", "/api/v1/audit?actor=" + user + "&action=LOGIN_FAILED&size=2").body();
		assertThat(firstPage.get("total").asLong()).isEqualTo(3);
		assertThat(firstPage.get("items")).hasSize(2);
		JsonNode secondPage = api.get("audra", "/api/v1/audit?actor=" + user + "&action=LOGIN_FAILED&size=2&page=1")
			.body();
		assertThat(secondPage.get("items")).hasSize(1);
		assertThat(firstPage.at("/items/0/id").asLong()).isGreaterThan(firstPage.at("/items/1/id").asLong());
		assertThat(firstPage.at("/items/1/id").asLong()).isGreaterThan(secondPage.at("/items/0/id").asLong());
		assertThat(entries("actor=" + user + "&from=" + start.plusSeconds(3600))).isEmpty();
		assertThat(entries("actor=" + user + "&to=" + start.minusSeconds(3600))).isEmpty();
		assertThat(entries(
				"actor=" + user + "&action=LOGIN_FAILED&from=" + start.minusSeconds(1) + "&to=" + now().plusSeconds(1)))
			.hasSize(3);
	}

	private JsonNode only(String query) {
		List<JsonNode> found = entries(query);
		assertThat(found).as(query).hasSize(1);
		return found.get(0);
	}

	/** The one entry of the query whose target is {@code target}. */
	private JsonNode only(String query, String target) {
		return only(query + "&target=" + target);
	}

	private List<JsonNode> entries(String query) {
		Response response = api.get("audra", "/api/v1/audit?" + query);
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		List<JsonNode> items = new ArrayList<>();
		response.body().get("items").forEach(items::add);
		return items;
	}

	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.SECONDS);
	}

}
