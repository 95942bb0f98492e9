package dev.firebreak.incident.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.ApiClient;
import dev.firebreak.ApiClient.Credentials;
import dev.firebreak.ApiClient.Response;
import dev.firebreak.task.TaskFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

import static dev.firebreak.task.TaskFixtures.lastOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole incident route through the JSON API, as people would drive it, from report to
 * closed; run once on H2 and once on MySQL.
 */
abstract class AbstractIncidentApiRouteTest {

	@Autowired
	TaskFixtures fixtures;

	ApiClient api;

	String service;

	@BeforeEach
	void setUp() {
		api = fixtures.api();
		service = fixtures.service("checkout", 1, "ops");
	}

	@Test
	void anIncidentTravelsFromReportToClosedWithEveryStepOnTheTimeline() {
		Response reported = api.post("rita", "/api/v1/incidents", Map.of("title", "Checkout returns 502", "description",
				"Since 09:00 the pay button fails", "service", service, "severity", "CRITICAL", "impact", "HIGH"));
		assertThat(reported.status()).isEqualTo(201);
		String number = reported.body().get("number").asText();
		assertThat(number).matches("INC-\\d{6}");
		assertThat(reported.headers().getLocation()).hasToString("/api/v1/incidents/" + number);
		assertThat(reported.body().get("priority").asText()).isEqualTo("P1");
		assertThat(reported.body().get("stage").asText()).isEqualTo("DIAGNOSIS");
		assertThat(reported.body().at("/sla/acknowledge/due").isTextual()).isTrue();

		String diagnose = fixtures.openTask(number, "DIAGNOSIS");
		assertThat(api.get("rita", "/api/v1/tasks?scope=team").body().findValuesAsText("id")).contains(diagnose);
		assertThat(api.post("rita", "/api/v1/tasks/" + diagnose + "/claim", null).body().get("assignee").asText())
			.isEqualTo("rita");
		assertThat(api.get("rita", "/api/v1/tasks?scope=mine").body().findValuesAsText("id")).contains(diagnose);
		fixtures.complete("rita", diagnose, Map.of("outcome", "NEEDS_FIX", "findings", "Connection pool exhausted"));

		fixtures.work("ravi", number, "HOTFIX", hotfixForm("PR-101"));
		fixtures.work("rita", number, "VERIFICATION",
				Map.of("checksRun", "checkout smoke", "passed", false, "evidence", "still 502"));
		fixtures.work("ravi", number, "HOTFIX", hotfixForm("PR-102"));
		fixtures.work("rita", number, "VERIFICATION",
				Map.of("checksRun", "checkout smoke", "passed", true, "evidence", "200 OK"));
		assertThat(fixtures.incident(number).get("status").asText()).isEqualTo("RESOLVED");

		fixtures.work("rita", number, "ROOT_CAUSE_ANALYSIS",
				Map.of("rootCauseCategory", "CAPACITY", "fiveWhys", List.of("pool too small", "traffic doubled"),
						"contributingFactors", "No load test", "preventiveActions", "Autoscale the pool"));

		JsonNode closed = fixtures.incident(number);
		assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
		assertThat(closed.get("stage").asText()).isEqualTo("CLOSED");
		assertThat(closed.get("openTasks")).isEmpty();
		for (String time : List.of("detectedAt", "acknowledgedAt", "mitigatedAt", "resolvedAt", "closedAt")) {
			assertThat(closed.get(time).isTextual()).as(time).isTrue();
		}
		List<String> types = new ArrayList<>();
		for (JsonNode entry : closed.get("timeline")) {
			types.add(entry.get("type").asText());
			assertThat(entry.get("actor").asText()).isNotBlank();
			assertThat(entry.get("at").asText()).isNotBlank();
		}
		assertThat(types).containsSubsequence("REPORTED", "PRIORITISED", "STAGE_ENTERED", "TASK_CLAIMED",
				"ACKNOWLEDGED", "DIAGNOSED", "HOTFIX_DEPLOYED", "VERIFICATION_FAILED", "HOTFIX_DEPLOYED",
				"VERIFICATION_PASSED", "ROOT_CAUSE_RECORDED", "CLOSED");
		assertThat(lastOf(closed, "REPORTED").get("actor").asText()).isEqualTo("rita");
		assertThat(lastOf(closed, "PRIORITISED").get("actor").asText()).isEqualTo("firebreak");
		assertThat(lastOf(closed, "HOTFIX_DEPLOYED").get("actor").asText()).isEqualTo("ravi");
		assertThat(lastOf(closed, "CLOSED").get("actor").asText()).isEqualTo("rita");
		assertThat(closed.at("/timeline/1/details/inputs/serviceTier").asInt()).isEqualTo(1);
	}

	@Test
	void managersReprioritiseEscalateAndCancelDuplicates() {
		String original = fixtures.report("rita", service, "Slow search", "LOW", "LOW");
		String duplicate = fixtures.report("rita", service, "Slow search", "LOW", "LOW");
		assertThat(fixtures.incident(original).get("priority").asText()).isEqualTo("P4");

		Response reprioritised = api.post("mona", "/api/v1/incidents/" + original + "/priority",
				Map.of("severity", "CRITICAL", "impact", "HIGH", "reason", "Whole checkout is down"));
		assertThat(reprioritised.status()).isEqualTo(200);
		assertThat(reprioritised.body().get("priority").asText()).isEqualTo("P1");

		Response escalated = api.post("mona", "/api/v1/incidents/" + original + "/escalate",
				Map.of("reason", "Customer VIP affected"));
		assertThat(escalated.body().get("escalationLevel").asInt()).isEqualTo(1);

		Response cancelled = api.post("mona", "/api/v1/incidents/" + duplicate + "/cancel",
				Map.of("duplicateOf", original, "reason", "Same outage"));
		assertThat(cancelled.status()).isEqualTo(200);
		assertThat(cancelled.body().get("status").asText()).isEqualTo("CANCELLED");
		assertThat(cancelled.body().get("duplicateOf").asText()).isEqualTo(original);
		assertThat(cancelled.body().get("openTasks")).isEmpty();

		Response again = api.post("mona", "/api/v1/incidents/" + duplicate + "/escalate", Map.of("reason", "late"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.contentType()).isEqualTo("application/problem+json");
	}

	/**
	 * The security tables on this database: people, teams, tokens, lock-out, audit log.
	 */
	@Test
	void peopleTokensLockOutAndTheAuditLogAreStoredHere() {
		String user = "db-" + UUID.randomUUID().toString().substring(0, 8);
		String password = "a long enough passphrase";
		assertThat(api
			.post("adam", "/api/v1/users", Map.of("username", user, "displayName", "Db Person", "password", password,
					"roles", List.of("RESPONDER", "AUDITOR")))
			.status()).isEqualTo(201);
		assertThat(api.post("adam", "/api/v1/teams/ops/members", Map.of("username", user)).status()).isEqualTo(200);

		Response created = api.call(Credentials.basic(user, password), HttpMethod.POST, "/api/v1/me/tokens",
				Map.of("name", "db", "expiresAt", "2100-01-01T00:00:00Z"));
		assertThat(created.status()).isEqualTo(201);
		String token = created.body().get("token").asText();
		JsonNode me = api.call(Credentials.bearer(token), HttpMethod.GET, "/api/v1/me", null).body();
		assertThat(me.get("roles").toString()).isEqualTo("[\"RESPONDER\",\"AUDITOR\"]");
		assertThat(me.get("teams").toString()).isEqualTo("[\"ops\"]");
		assertThat(api
			.call(Credentials.basic(user, password), HttpMethod.DELETE,
					"/api/v1/me/tokens/" + created.body().get("id").asLong(), null)
			.status()).isEqualTo(204);
		assertThat(api.call(Credentials.bearer(token), HttpMethod.GET, "/api/v1/me", null).status()).isEqualTo(401);

		for (int i = 0; i < 5; i++) {
			api.call(Credentials.basic(user, "wrong"), HttpMethod.GET, "/api/v1/me", null);
		}
		assertThat(api.call(Credentials.basic(user, password), HttpMethod.GET, "/api/v1/me", null).status())
			.isEqualTo(401);
		assertThat(api.get("adam", "/api/v1/users/" + user).body().get("lockedUntil").isTextual()).isTrue();

		JsonNode audit = api.get("audra", "/api/v1/audit?actor=" + user).body();
		assertThat(audit.get("items").findValuesAsText("action")).contains("TOKEN_CREATED", "TOKEN_REVOKED",
				"LOGIN_FAILED", "ACCOUNT_LOCKED");
		assertThat(audit.at("/items/0/sourceAddress").asText()).isNotBlank();
	}

	protected static Map<String, Object> hotfixForm(String reference) {
		return Map.of("changeDescription", "Raise pool size", "reference", reference, "deployedAt",
				"2026-03-02T10:00:00Z", "rollbackPlan", "Revert " + reference, "testedInStaging", true);
	}

}
