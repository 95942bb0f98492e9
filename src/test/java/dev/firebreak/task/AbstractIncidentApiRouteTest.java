package dev.firebreak.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.ApiClient;
import dev.firebreak.ApiClient.Credentials;
import dev.firebreak.ApiClient.Response;
import dev.firebreak.incident.MonitoredService;
import dev.firebreak.incident.ServiceCatalogue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole incident route through the JSON API, as people would drive it, from report to
 * closed; run once on H2 and once on MySQL.
 */
abstract class AbstractIncidentApiRouteTest {

	@LocalServerPort
	int port;

	@Autowired
	ServiceCatalogue catalogue;

	ApiClient api;

	String service;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
		service = "checkout-" + UUID.randomUUID().toString().substring(0, 8);
		catalogue.register(new MonitoredService(service, 1, "ops"));
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

		String diagnose = taskOf(number, "DIAGNOSIS");
		assertThat(api.get("rita", "/api/v1/tasks?scope=team").body().findValuesAsText("id")).contains(diagnose);
		assertThat(api.post("rita", "/api/v1/tasks/" + diagnose + "/claim", null).body().get("assignee").asText())
			.isEqualTo("rita");
		assertThat(api.get("rita", "/api/v1/tasks?scope=mine").body().findValuesAsText("id")).contains(diagnose);
		complete("rita", diagnose, Map.of("outcome", "NEEDS_FIX", "findings", "Connection pool exhausted"));

		String hotfix = claim("ravi", taskOf(number, "HOTFIX"));
		complete("ravi", hotfix, hotfixForm("PR-101"));
		String verify = claim("rita", taskOf(number, "VERIFICATION"));
		complete("rita", verify, Map.of("checksRun", "checkout smoke", "passed", false, "evidence", "still 502"));
		String secondHotfix = claim("ravi", taskOf(number, "HOTFIX"));
		complete("ravi", secondHotfix, hotfixForm("PR-102"));
		String secondVerify = claim("rita", taskOf(number, "VERIFICATION"));
		complete("rita", secondVerify, Map.of("checksRun", "checkout smoke", "passed", true, "evidence", "200 OK"));
		assertThat(incident(number).get("status").asText()).isEqualTo("RESOLVED");

		String rca = claim("rita", taskOf(number, "ROOT_CAUSE_ANALYSIS"));
		complete("rita", rca,
				Map.of("rootCauseCategory", "CAPACITY", "fiveWhys", List.of("pool too small", "traffic doubled"),
						"contributingFactors", "No load test", "preventiveActions", "Autoscale the pool"));

		JsonNode closed = incident(number);
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
		assertThat(actorOf(closed, "REPORTED")).isEqualTo("rita");
		assertThat(actorOf(closed, "PRIORITISED")).isEqualTo("firebreak");
		assertThat(actorOf(closed, "HOTFIX_DEPLOYED")).isEqualTo("ravi");
		assertThat(actorOf(closed, "CLOSED")).isEqualTo("rita");
		assertThat(closed.at("/timeline/1/details/inputs/serviceTier").asInt()).isEqualTo(1);
	}

	@Test
	void managersReprioritiseEscalateAndCancelDuplicates() {
		String original = report("LOW", "LOW");
		String duplicate = report("LOW", "LOW");
		assertThat(incident(original).get("priority").asText()).isEqualTo("P4");

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

	protected String report(String severity, String impact) {
		Response response = api.post("rita", "/api/v1/incidents",
				Map.of("title", "Slow search", "service", service, "severity", severity, "impact", impact));
		assertThat(response.status()).isEqualTo(201);
		return response.body().get("number").asText();
	}

	protected JsonNode incident(String number) {
		Response response = api.get("rita", "/api/v1/incidents/" + number);
		assertThat(response.status()).isEqualTo(200);
		return response.body();
	}

	protected String taskOf(String number, String stage) {
		JsonNode tasks = incident(number).get("openTasks");
		assertThat(tasks).hasSize(1);
		assertThat(tasks.get(0).get("stage").asText()).isEqualTo(stage);
		return tasks.get(0).get("id").asText();
	}

	protected String claim(String user, String taskId) {
		assertThat(api.post(user, "/api/v1/tasks/" + taskId + "/claim", null).status()).isEqualTo(200);
		return taskId;
	}

	protected void complete(String user, String taskId, Map<String, ?> form) {
		Response response = api.post(user, "/api/v1/tasks/" + taskId + "/complete", form);
		assertThat(response.status()).as(response.body().toString()).isEqualTo(204);
	}

	protected static Map<String, Object> hotfixForm(String reference) {
		return Map.of("changeDescription", "Raise pool size", "reference", reference, "deployedAt",
				"2026-03-02T10:00:00Z", "rollbackPlan", "Revert " + reference, "testedInStaging", true);
	}

	private static String actorOf(JsonNode incident, String type) {
		for (JsonNode entry : incident.get("timeline")) {
			if (entry.get("type").asText().equals(type)) {
				return entry.get("actor").asText();
			}
		}
		return null;
	}

}
