package dev.firebreak.intake;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.FirebreakTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each sender's format, from its payload file, opens, updates and resolves incidents. */
@FirebreakTest
class IntakeFormatsTest extends IntakeTestSupport {

	@Test
	void alertmanagerFiringOpensAnIncidentPerAlertWithMappedFields() {
		String checkout = service("checkout", 1, "payments");
		String key = integration(IntegrationType.ALERTMANAGER, checkout).key();

		Response response = post("/api/v1/intake/alertmanager", key,
				payload("alertmanager-firing.json", Map.of("\"checkout\"", "\"" + checkout + "\"")));
		assertThat(response.status()).isEqualTo(202);
		assertThat(response.json().get("alerts").asInt()).isEqualTo(2);
		assertThat(incidentsOf(checkout)).as("nothing happens before the worker runs").isEmpty();
		drain();

		List<JsonNode> opened = incidentsOf(checkout);
		assertThat(opened).hasSize(2);
		JsonNode incident = incident(opened.get(0).get("number").asText());
		assertThat(incident.get("title").asText()).isEqualTo("Checkout p95 latency above 2s");
		assertThat(incident.get("team").asText()).as("the team label wins over the owner").isEqualTo("platform");
		assertThat(incident.get("severity").asText()).isEqualTo("CRITICAL");
		assertThat(incident.get("priority").asText()).isEqualTo("P1");
		assertThat(incident.get("stage").asText()).isEqualTo("DIAGNOSIS");
		assertThat(incident.get("occurrences").asInt()).isEqualTo(1);
		assertThat(incident.get("reportedBy").asText()).startsWith("integration:alertmanager-");
		assertThat(incident.get("dedupKey").asText()).isIn("5f0c2e7a91b3d4e8", "a81d09c3f27e6b10");
		assertThat(incident.get("description").asText()).startsWith("p95 latency");
	}

	@Test
	void alertmanagerResolvedMovesAnUnacknowledgedIncidentToVerification() {
		String checkout = service("checkout", 1, "payments");
		String key = integration(IntegrationType.ALERTMANAGER, checkout).key();
		Map<String, String> names = Map.of("\"checkout\"", "\"" + checkout + "\"");
		post("/api/v1/intake/alertmanager", key, payload("alertmanager-firing.json", names));
		drain();

		post("/api/v1/intake/alertmanager", key, payload("alertmanager-resolved.json", names));
		drain();

		JsonNode recovered = byDedupKey(checkout, "5f0c2e7a91b3d4e8");
		assertThat(recovered.get("stage").asText()).isEqualTo("VERIFICATION");
		assertThat(recovered.get("status").asText()).isEqualTo("MITIGATED");
		assertThat(recovered.get("recoveredAt").isTextual()).isTrue();
		assertThat(timelineTypes(recovered)).contains("RECOVERY_REPORTED");
		assertThat(recovered.at("/sla/acknowledge/stoppedAt").asText())
			.as("recovered before anyone acted: the acknowledge clock stops")
			.isEqualTo(recovered.get("mitigatedAt").asText());
		JsonNode untouched = byDedupKey(checkout, "a81d09c3f27e6b10");
		assertThat(untouched.get("stage").asText()).isEqualTo("DIAGNOSIS");
	}

	@Test
	void aRecoveryNeverClosesAnIncidentSomeoneIsWorking() {
		String checkout = service("checkout", 1, "ops");
		String key = integration(IntegrationType.ALERTMANAGER, checkout).key();
		Map<String, String> names = Map.of("\"checkout\"", "\"" + checkout + "\"", "\"platform\"", "\"ops\"");
		post("/api/v1/intake/alertmanager", key, payload("alertmanager-firing.json", names));
		drain();
		JsonNode worked = byDedupKey(checkout, "5f0c2e7a91b3d4e8");
		String task = worked.at("/openTasks/0/id").asText();
		assertThat(api.post("rita", "/api/v1/tasks/" + task + "/claim", null).status()).isEqualTo(200);

		post("/api/v1/intake/alertmanager", key, payload("alertmanager-resolved.json", names));
		drain();

		JsonNode after = incident(worked.get("number").asText());
		assertThat(after.get("status").asText()).isEqualTo("ACKNOWLEDGED");
		assertThat(after.get("stage").asText()).isEqualTo("DIAGNOSIS");
		assertThat(after.get("recoveredAt").isTextual()).isTrue();
		assertThat(after.at("/openTasks/0/assignee").asText()).isEqualTo("rita");
	}

	@Test
	void pagerDutyTriggerAcknowledgeAndResolve() {
		String database = service("database", 2, "dba");
		String key = integration(IntegrationType.PAGERDUTY, database).key();
		Map<String, String> routing = Map.of("ROUTING_KEY", key);

		Response triggered = post("/v2/enqueue", null, payload("pagerduty-trigger.json", routing));
		assertThat(triggered.status()).isEqualTo(202);
		assertThat(triggered.json().get("status").asText()).isEqualTo("success");
		assertThat(triggered.json().get("message").asText()).isEqualTo("Event processed");
		assertThat(triggered.json().get("dedup_key").asText()).isEqualTo("db-primary/replication-lag");
		drain();
		JsonNode incident = incidentsOf(database).get(0);
		assertThat(incident.get("title").asText()).isEqualTo("Replication lag on db-primary above 120s");
		assertThat(incident.get("severity").asText()).as("PagerDuty's error").isEqualTo("HIGH");
		String number = incident.get("number").asText();

		assertThat(post("/v2/enqueue", null, payload("pagerduty-acknowledge.json", routing)).status()).isEqualTo(202);
		drain();
		JsonNode acknowledged = incident(number);
		assertThat(acknowledged.get("status").asText()).isEqualTo("ACKNOWLEDGED");
		assertThat(acknowledged.at("/sla/acknowledge/stoppedAt").isTextual()).isTrue();
		assertThat(actorOf(acknowledged, "ACKNOWLEDGED")).startsWith("integration:pagerduty-");

		assertThat(post("/v2/enqueue", null, payload("pagerduty-resolve.json", routing)).status()).isEqualTo(202);
		drain();
		JsonNode resolved = incident(number);
		assertThat(timelineTypes(resolved)).contains("RECOVERY_REPORTED");
		assertThat(resolved.get("stage").asText()).as("acknowledged: people verify in their own time")
			.isEqualTo("DIAGNOSIS");
	}

	@Test
	void aPagerDutyTriggerWithoutDedupKeyGetsOneItCanResolveWith() {
		String database = service("database", 2, "dba");
		String key = integration(IntegrationType.PAGERDUTY, database).key();
		String trigger = """
				{"routing_key": "%s", "event_action": "trigger",
				 "payload": {"summary": "Disk 95%% full", "source": "db-3", "severity": "warning"}}""".formatted(key);

		String dedupKey = post("/v2/enqueue", null, trigger).json().get("dedup_key").asText();
		drain();
		post("/v2/enqueue", null, """
				{"routing_key": "%s", "event_action": "resolve", "dedup_key": "%s"}""".formatted(key, dedupKey));
		drain();

		assertThat(dedupKey).isNotBlank();
		JsonNode incident = incident(incidentsOf(database).get(0).get("number").asText());
		assertThat(incident.get("dedupKey").asText()).isEqualTo(dedupKey);
		assertThat(timelineTypes(incident)).contains("RECOVERY_REPORTED");
	}

	@Test
	void acknowledgeAndResolveForUnknownKeysAreAcceptedAndIgnored() {
		String database = service("database", 2, "dba");
		String key = integration(IntegrationType.PAGERDUTY, database).key();

		Response resolve = post("/v2/enqueue", null, payload("pagerduty-resolve.json", Map.of("ROUTING_KEY", key)));
		drain();

		assertThat(resolve.status()).isEqualTo(202);
		assertThat(incidentsOf(database)).isEmpty();
		assertThat(jdbc.sql("select outcome from fb_alert_event where payload like ?")
			.param("%" + key + "%")
			.query(String.class)
			.single()).isEqualTo("IGNORED");
	}

	@Test
	void grafanaFiringAndResolved() {
		String identity = service("identity", 2, "iam");
		String key = integration(IntegrationType.GRAFANA, identity).key();
		Map<String, String> names = Map.of("\"identity\"", "\"" + identity + "\"");

		assertThat(post("/api/v1/intake/grafana", key, payload("grafana-firing.json", names)).status()).isEqualTo(202);
		drain();
		JsonNode incident = incidentsOf(identity).get(0);
		assertThat(incident.get("title").asText()).isEqualTo("Login 5xx rate above 2%");
		assertThat(incident.get("severity").asText()).isEqualTo("MEDIUM");
		assertThat(incident.get("team").asText()).isEqualTo("iam");

		post("/api/v1/intake/grafana", key, payload("grafana-resolved.json", names));
		drain();
		assertThat(timelineTypes(incident(incident.get("number").asText()))).contains("RECOVERY_REPORTED");
	}

	@Test
	void uptimeKumaDownAndUp() {
		String website = service("website", 2, "web");
		String key = integration(IntegrationType.UPTIME_KUMA, website).key();
		Map<String, String> names = Map.of("\"Public website\"", "\"" + website + "\"");

		assertThat(post("/api/v1/intake/uptime-kuma", key, payload("uptime-kuma-down.json", names)).status())
			.isEqualTo(202);
		drain();
		JsonNode incident = incidentsOf(website).get(0);
		assertThat(incident.get("severity").asText()).isEqualTo("CRITICAL");
		assertThat(incident.get("title").asText()).contains("[DOWN]");

		post("/api/v1/intake/uptime-kuma", key, payload("uptime-kuma-up.json", names));
		drain();
		JsonNode recovered = incident(incident.get("number").asText());
		assertThat(recovered.get("dedupKey").asText()).isEqualTo("7");
		assertThat(recovered.get("stage").asText()).isEqualTo("VERIFICATION");
	}

	@Test
	void uptimeKumaTestNotificationsAndPendingBeatsStoreNothing() {
		String key = integration(IntegrationType.UPTIME_KUMA, service("website", 2, "web")).key();
		long before = inboxRows();

		Response test = post("/api/v1/intake/uptime-kuma", key,
				"{\"heartbeat\":null,\"monitor\":null,\"msg\":\"test\"}");
		Response pending = post("/api/v1/intake/uptime-kuma", key,
				"{\"heartbeat\":{\"status\":2},\"monitor\":{\"id\":9,\"name\":\"x\"},\"msg\":\"pending\"}");

		assertThat(test.status()).isEqualTo(202);
		assertThat(pending.status()).isEqualTo(202);
		assertThat(inboxRows()).isEqualTo(before);
	}

	@Test
	void genericShapeForScripts() {
		String exports = service("exports", 3, "data");
		String fallback = service("fallback", 3, "data");
		String key = integration(IntegrationType.GENERIC, fallback).key();

		assertThat(post("/api/v1/intake/generic", key, payload("generic-trigger.json", Map.of("SERVICE", exports)))
			.status()).isEqualTo(202);
		drain();

		JsonNode incident = incident(incidentsOf(exports).get(0).get("number").asText());
		assertThat(incident.get("severity").asText()).isEqualTo("HIGH");
		assertThat(incident.get("impact").asText()).isEqualTo("LOW");
		assertThat(incident.get("priority").asText()).isEqualTo("P3");
	}

	@Test
	void anUnknownServiceFallsBackToTheIntegrationDefaultAndAnUnknownSeverityToItsDefault() {
		String fallback = service("fallback", 2, "ops");
		String key = integration(IntegrationType.GENERIC, fallback).key();

		post("/api/v1/intake/generic", key,
				"""
						{"dedupKey": "x-1", "title": "Queue backlog", "severity": "apocalyptic", "service": "not-in-catalogue"}""");
		drain();

		JsonNode incident = incidentsOf(fallback).get(0);
		assertThat(incident.get("severity").asText()).isEqualTo("MEDIUM");
	}

	@Test
	void repeatsCountOccurrencesCoalesceOnTheTimelineAndNeverTouchTheEngine() {
		String checkout = service("checkout", 1, "payments");
		String key = integration(IntegrationType.GENERIC, checkout).key();
		String alert = """
				{"dedupKey": "latency", "title": "Latency high", "severity": "critical", "service": "%s"}"""
			.formatted(checkout);
		post("/api/v1/intake/generic", key, alert);
		drain();
		long engineRows = engineRows();

		for (int i = 0; i < 4; i++) {
			assertThat(post("/api/v1/intake/generic", key, alert).status()).isEqualTo(202);
		}
		drain();

		assertThat(incidentsOf(checkout)).hasSize(1);
		JsonNode incident = incident(incidentsOf(checkout).get(0).get("number").asText());
		assertThat(incident.get("occurrences").asInt()).isEqualTo(5);
		assertThat(timelineTypes(incident).stream().filter("ALERT_REPEATED"::equals)).hasSize(1);
		assertThat(engineRows()).isEqualTo(engineRows);
	}

	@Test
	void aTriggerAfterTheIncidentClosedOpensANewOneLinkedAsARecurrence() {
		String checkout = service("checkout", 1, "ops");
		String key = integration(IntegrationType.GENERIC, checkout).key();
		String alert = """
				{"dedupKey": "latency", "title": "Latency high", "severity": "critical", "service": "%s"}"""
			.formatted(checkout);
		post("/api/v1/intake/generic", key, alert);
		drain();
		String first = incidentsOf(checkout).get(0).get("number").asText();
		String task = incident(first).at("/openTasks/0/id").asText();
		api.post("rita", "/api/v1/tasks/" + task + "/claim", null);
		api.post("rita", "/api/v1/tasks/" + task + "/complete", Map.of("outcome", "FALSE_ALARM", "findings", "test"));
		assertThat(incident(first).get("status").asText()).isEqualTo("CLOSED");

		post("/api/v1/intake/generic", key, alert);
		drain();

		List<JsonNode> incidents = incidentsOf(checkout);
		assertThat(incidents).hasSize(2);
		JsonNode second = incident(incidents.get(0).get("number").asText());
		assertThat(second.get("recurrenceOf").asText()).isEqualTo(first);
		assertThat(second.get("status").asText()).isEqualTo("OPEN");
	}

	@Test
	void anIdenticalRetryIsHarmless() {
		String checkout = service("checkout", 1, "payments");
		String key = integration(IntegrationType.ALERTMANAGER, checkout).key();
		String body = payload("alertmanager-firing.json", Map.of("\"checkout\"", "\"" + checkout + "\""));

		post("/api/v1/intake/alertmanager", key, body);
		post("/api/v1/intake/alertmanager", key, body);
		drain();

		assertThat(incidentsOf(checkout)).hasSize(2);
		assertThat(incident(incidentsOf(checkout).get(0).get("number").asText()).get("occurrences").asInt())
			.isEqualTo(2);
	}

	@Test
	void alertTextIsKeptVerbatim() {
		String checkout = service("checkout", 1, "payments");
		String key = integration(IntegrationType.GENERIC, checkout).key();
		String title = "<script>alert('x')</script> & \"quotes\" — ünïcödé";

		post("/api/v1/intake/generic", key,
				"{\"dedupKey\":\"xss\",\"title\":" + jsonString(title) + ",\"service\":\"" + checkout + "\"}");
		drain();

		assertThat(incidentsOf(checkout).get(0).get("title").asText()).isEqualTo(title);
	}

	private JsonNode byDedupKey(String service, String dedupKey) {
		return incidentsOf(service).stream()
			.map(summary -> incident(summary.get("number").asText()))
			.filter(incident -> incident.get("dedupKey").asText().equals(dedupKey))
			.findFirst()
			.orElseThrow();
	}

	private long engineRows() {
		long rows = 0;
		for (String table : List.of("ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_VARIABLE", "ACT_RU_JOB",
				"ACT_HI_ACTINST", "ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_HI_PROCINST")) {
			rows += jdbc.sql("select count(*) from " + table).query(Long.class).single();
		}
		return rows;
	}

	private static String actorOf(JsonNode incident, String type) {
		return incident.get("timeline")
			.valueStream()
			.filter(entry -> entry.get("type").asText().equals(type))
			.map(entry -> entry.get("actor").asText())
			.findFirst()
			.orElse(null);
	}

	private static String jsonString(String text) {
		try {
			return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(text);
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
