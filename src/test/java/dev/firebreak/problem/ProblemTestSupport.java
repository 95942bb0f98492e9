package dev.firebreak.problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.ApiClient;
import dev.firebreak.ApiClient.Response;
import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.incident.TestServices;
import dev.firebreak.intake.IntakeDrain;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What problem tests share: a fresh tier-3 service of team ops per test (LOW severity and
 * impact there make P4 incidents, which the priority decision never sends to RCA), a
 * clock the test moves, reports and alerts through the real API, and the problem API as a
 * manager sees it.
 */
abstract class ProblemTestSupport {

	static final Instant DAY_0 = Instant.parse("2026-01-05T09:00:00Z");

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	ServiceCatalogue catalogue;

	@Autowired
	ApplicationContext context;

	ApiClient api;

	String service;

	@BeforeEach
	void connect() {
		api = new ApiClient(port);
		service = TestServices.fresh(catalogue, "svc", 3, "ops");
		at(DAY_0);
	}

	@AfterEach
	void releaseTime() {
		ClockUtil.reset();
	}

	static Instant day(int day) {
		return DAY_0.plus(Duration.ofDays(day));
	}

	void at(Instant instant) {
		ClockUtil.setCurrentTime(Date.from(instant));
	}

	/** A P4 report by rita on this test's service at the current time. */
	String report(String title) {
		return report(service, title);
	}

	String report(String service, String title) {
		Response response = api.post("rita", "/api/v1/incidents",
				Map.of("title", title, "service", service, "severity", "LOW", "impact", "LOW"));
		assertThat(response.status()).isEqualTo(201);
		assertThat(response.body().get("priority").asText()).isEqualTo("P4");
		return response.body().get("number").asText();
	}

	JsonNode incident(String number) {
		Response response = api.get("mona", "/api/v1/incidents/" + number);
		assertThat(response.status()).isEqualTo(200);
		return response.body();
	}

	/** This test's service's problems, as the list orders them. */
	List<JsonNode> problems() {
		Response response = api.get("mona", "/api/v1/problems?size=200&service=" + service);
		assertThat(response.status()).isEqualTo(200);
		return response.body().get("items").valueStream().toList();
	}

	JsonNode problem(String numberOrId) {
		Response response = api.get("mona", "/api/v1/problems/" + numberOrId);
		assertThat(response.status()).isEqualTo(200);
		return response.body();
	}

	static List<String> incidentNumbers(JsonNode problem) {
		return problem.get("incidents").valueStream().map(incident -> incident.get("number").asText()).toList();
	}

	/**
	 * Works the incident the shortest way to its end: fixed by operations, verified. Ends
	 * with the next open task's stage, or null when the route closed it.
	 */
	String fixAndVerify(String number) {
		complete(claim(task(number, "DIAGNOSIS")),
				Map.of("outcome", "FIXED_BY_OPERATIONS", "findings", "Cleaned up the disk"));
		complete(claim(task(number, "VERIFICATION")),
				Map.of("checksRun", "df -h", "passed", true, "evidence", "40% used"));
		JsonNode open = incident(number).get("openTasks");
		return open.isEmpty() ? null : open.get(0).get("stage").asText();
	}

	void recordRootCause(String number) {
		complete(claim(task(number, "ROOT_CAUSE_ANALYSIS")),
				Map.of("rootCauseCategory", "CAPACITY", "fiveWhys", List.of("logs grow", "no rotation"),
						"contributingFactors", "No alert on growth", "preventiveActions", "Rotate logs daily"));
	}

	void closeAsFalseAlarm(String number) {
		complete(claim(task(number, "DIAGNOSIS")), Map.of("outcome", "FALSE_ALARM", "findings", "test"));
		assertThat(incident(number).get("status").asText()).isEqualTo("CLOSED");
	}

	/** A generic-JSON integration for this test's service; returns {id, key}. */
	String[] integration() {
		Response created = api.post("adam", "/api/v1/integrations",
				Map.of("name", "generic-" + UUID.randomUUID(), "type", "GENERIC", "defaultService", service));
		assertThat(created.status()).isEqualTo(201);
		return new String[] { created.body().at("/integration/id").asText(), created.body().get("key").asText() };
	}

	/** Posts a firing alert with the integration's key and processes the inbox. */
	void alert(String key, String dedupKey, String title) {
		String body = """
				{"dedupKey": "%s", "title": "%s", "severity": "low", "impact": "low", "service": "%s"}"""
			.formatted(dedupKey, title, service);
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/intake/generic"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + key)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		try {
			assertThat(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(202);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		IntakeDrain.drainInbox(context);
	}

	/** The service's incidents, newest first. */
	List<String> incidentsOfService() {
		return api.get("mona", "/api/v1/incidents?size=200&service=" + service)
			.body()
			.get("items")
			.valueStream()
			.map(incident -> incident.get("number").asText())
			.toList();
	}

	static List<String> timelineTypes(JsonNode incident) {
		return incident.get("timeline").valueStream().map(entry -> entry.get("type").asText()).toList();
	}

	private String task(String number, String stage) {
		JsonNode tasks = incident(number).get("openTasks");
		assertThat(tasks).hasSize(1);
		assertThat(tasks.get(0).get("stage").asText()).isEqualTo(stage);
		return tasks.get(0).get("id").asText();
	}

	private String claim(String taskId) {
		assertThat(api.post("rita", "/api/v1/tasks/" + taskId + "/claim", null).status()).isEqualTo(200);
		return taskId;
	}

	private void complete(String taskId, Map<String, Object> form) {
		Response response = api.post("rita", "/api/v1/tasks/" + taskId + "/complete", form);
		assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(204);
	}

}
