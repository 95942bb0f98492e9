package dev.firebreak.intake;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.firebreak.FirebreakTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every refused intake request says why in the sender's conventions and stores nothing.
 */
@FirebreakTest
class IntakeBadInputTest extends IntakeTestSupport {

	@Autowired
	IntakeService intake;

	@Autowired
	JdbcTemplate jdbcTemplate;

	@Test
	void malformedJsonIsABadRequest() {
		String key = integration(IntegrationType.ALERTMANAGER, service("svc", 2, "ops")).key();
		long before = inboxRows();

		Response response = post("/api/v1/intake/alertmanager", key, "{\"alerts\": [");

		assertProblem(response, 400, "not valid JSON");
		assertThat(inboxRows()).isEqualTo(before);
	}

	@Test
	void aWrongContentTypeIsUnsupported() {
		String key = integration(IntegrationType.GENERIC, service("svc", 2, "ops")).key();
		long before = inboxRows();

		Response response = post("/api/v1/intake/generic", key, "dedupKey=x", "application/x-www-form-urlencoded");

		assertProblem(response, 415, "application/json");
		assertThat(inboxRows()).isEqualTo(before);
	}

	@Test
	void missingAndMistypedFieldsAreNamedAndNothingOfTheRequestIsStored() {
		String checkout = service("checkout", 1, "ops");
		String key = integration(IntegrationType.ALERTMANAGER, checkout).key();
		long before = inboxRows();
		// the first alert is fine; the second lacks its fingerprint and has a bad status:
		// all or nothing
		String body = """
				{"version": "4", "status": "firing", "alerts": [
				  {"status": "firing", "labels": {"alertname": "A"}, "fingerprint": "f1"},
				  {"status": "burning", "labels": "not-an-object"}
				]}""";

		Response response = post("/api/v1/intake/alertmanager", key, body);

		assertProblem(response, 400, "alerts[1].fingerprint");
		assertThat(response.json().get("errors").valueStream().map(e -> e.asText()).toList())
			.contains("alerts[1].fingerprint is required", "alerts[1].labels is required and must be an object");
		assertThat(inboxRows()).isEqualTo(before);
	}

	@Test
	void genericAlertsNeedAKeyAndATitle() {
		String key = integration(IntegrationType.GENERIC, service("svc", 2, "ops")).key();

		Response response = post("/api/v1/intake/generic", key,
				"{\"action\": \"trigger\", \"severity\": \"critical\"}");

		assertProblem(response, 400, "dedupKey");
		assertThat(response.json().get("errors").valueStream().map(e -> e.asText()).toList())
			.containsExactly("dedupKey is required", "title is required");
	}

	@Test
	void pagerDutyInvalidEventsAnswerAsPagerDutyDoes() {
		String key = integration(IntegrationType.PAGERDUTY, service("db", 2, "dba")).key();
		long before = inboxRows();

		Response response = post("/v2/enqueue", null, """
				{"routing_key": "%s", "event_action": "trigger", "payload": {"source": "db-1", "severity": "fatal"}}"""
			.formatted(key));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("status").asText()).isEqualTo("invalid event");
		assertThat(response.json().get("message").asText()).isEqualTo("Event object is invalid");
		assertThat(response.json().get("errors").valueStream().map(e -> e.asText()).toList()).containsExactly(
				"payload.summary is required", "payload.severity must be critical, error, warning or info");
		assertThat(inboxRows()).isEqualTo(before);
	}

	@Test
	void anUnknownRoutingKeyIsAnInvalidEventForPagerDutySenders() {
		Response response = post("/v2/enqueue", null,
				payload("pagerduty-trigger.json", Map.of("ROUTING_KEY", "0123456789abcdef0123456789abcdef")));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).asText()).isEqualTo("Invalid routing key");
	}

	@Test
	void missingUnknownDeletedAndMismatchedKeysAreUnauthorized() {
		String service = service("svc", 2, "ops");
		Integrations.CreatedIntegration deleted = integration(IntegrationType.GENERIC, service);
		integrations.delete(deleted.integration().id());
		String grafanaKey = integration(IntegrationType.GRAFANA, service).key();
		String alert = "{\"dedupKey\": \"k\", \"title\": \"t\"}";
		long before = inboxRows();

		Response missing = post("/api/v1/intake/generic", null, alert);
		assertProblem(missing, 401, "Authorization: Bearer");
		assertThat(missing.header("WWW-Authenticate")).startsWith("Bearer");
		assertProblem(post("/api/v1/intake/generic", "0123456789abcdef0123456789abcdef", alert), 401, "unknown");
		assertProblem(post("/api/v1/intake/generic", deleted.key(), alert), 401, "deleted");
		assertProblem(post("/api/v1/intake/generic", grafanaKey, alert), 401, "GRAFANA");
		assertThat(inboxRows()).isEqualTo(before);
	}

	@Test
	void aBodyOverTheLimitIsTooLarge() {
		String key = integration(IntegrationType.GENERIC, service("svc", 2, "ops")).key();
		String huge = "{\"dedupKey\": \"k\", \"title\": \"t\", \"description\": \"" + "x".repeat(600 * 1024) + "\"}";
		long before = inboxRows();

		assertProblem(post("/api/v1/intake/generic", key, huge), 413, "512 KB");
		assertThat(post("/v2/enqueue", null, huge).status()).isEqualTo(413);
		assertThat(inboxRows()).isEqualTo(before);
	}

	@Test
	void anOverloadedInboxAsksSendersToComeBackLater() {
		String key = integration(IntegrationType.GENERIC, service("svc", 2, "ops")).key();
		long integration = integrations.authenticate(key).orElseThrow().id();
		List<Object[]> backlog = new ArrayList<>();
		for (int i = 0; i < 5000; i++) {
			backlog.add(new Object[] { integration, LocalDateTime.now(), "backlog-" + i });
		}
		jdbcTemplate.batchUpdate("insert into fb_alert_event (integration_id, received_at, action, dedup_key, severity,"
				+ " impact, title, payload, status, attempts) values (?, ?, 'RESOLVE', ?, 'LOW', 'LOW', 't', '{}', 'PENDING', 0)",
				backlog);
		intake.refreshBacklog();
		long before = inboxRows();
		try {
			Response response = post("/api/v1/intake/generic", key, "{\"dedupKey\": \"k\", \"title\": \"t\"}");

			assertProblem(response, 429, "retry later");
			assertThat(response.header("Retry-After")).isEqualTo("30");
			assertThat(inboxRows()).isEqualTo(before);
		}
		finally {
			jdbc.sql("delete from fb_alert_event where dedup_key like 'backlog-%'").update();
			intake.refreshBacklog();
		}
	}

	private static void assertProblem(Response response, int status, String detailContains) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.json().get("detail").asText()).contains(detailContains);
	}

}
