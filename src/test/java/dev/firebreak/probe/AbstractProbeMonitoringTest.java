package dev.firebreak.probe;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.ApiClient;
import dev.firebreak.ApiClient.Response;
import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.incident.TestServices;
import dev.firebreak.intake.IntakeDrain;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A probe against a local endpoint that fails in every way a probe can see and comes
 * back: the incident opens through intake after the configured failures, hears of the
 * recovery, and the availability figures are those of the stored samples. Run once on H2
 * and once on MySQL.
 */
abstract class AbstractProbeMonitoringTest {

	private static final String PROBES = "integration:Firebreak probes";

	@LocalServerPort
	int port;

	@Autowired
	ServiceCatalogue catalogue;

	@Autowired
	ProbeRunner runner;

	@Autowired
	ApplicationContext context;

	ApiClient api;

	String service;

	TestHttpServer endpoint;

	Instant start;

	Instant now;

	final List<Long> created = new ArrayList<>();

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
		service = TestServices.fresh(catalogue, "shop", 2, "ops");
		endpoint = new TestHttpServer();
		start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		setClock(start);
		// alerts other tests left in the shared inbox must not count as this test's
		IntakeDrain.drainInbox(context);
	}

	@AfterEach
	void tearDown() {
		// no other test's run may find this probe due
		created.forEach(id -> api.delete("adam", "/api/v1/probes/" + id));
		ClockUtil.reset();
		endpoint.close();
	}

	@Test
	void anEndpointThatGoesDownAndComesBackOpensAnIncidentThatHearsOfTheRecovery() {
		long probe = createProbe();

		assertThat(runner.runDueChecks()).isEqualTo(1); // up
		setClock(start.plusSeconds(9));
		assertThat(runner.runDueChecks()).as("not due again before its interval").isZero();
		setClock(start.plusSeconds(10));
		endpoint.answer(503, "Service Unavailable");
		checkOnce(); // down, 1 in a row: below the threshold
		assertThat(IntakeDrain.drainInbox(context)).isZero();
		assertThat(incidentsOfService()).isEmpty();

		endpoint.answer(200, "OK degraded");
		checkOnce(); // down (keyword missing), 2 in a row: the alert
		assertThat(IntakeDrain.drainInbox(context)).isEqualTo(1);
		List<JsonNode> incidents = incidentsOfService();
		assertThat(incidents).hasSize(1);
		String number = incidents.get(0).get("number").asText();
		JsonNode incident = incident(number);
		assertThat(incident.get("title").asText()).isEqualTo("Checkout health is down");
		assertThat(incident.get("description").asText()).contains("failed 2 checks in a row", "keyword 'healthy'");
		assertThat(incident.get("severity").asText()).isEqualTo("HIGH");
		assertThat(incident.get("priority").asText()).as("HIGH on a tier-2 service, medium impact").isEqualTo("P2");
		assertThat(incident.get("status").asText()).isEqualTo("OPEN");
		assertThat(incident.at("/timeline/0/type").asText()).isEqualTo("REPORTED");
		assertThat(incident.at("/timeline/0/actor").asText()).isEqualTo(PROBES);
		JsonNode alerting = api.get("adam", "/api/v1/probes/" + probe).body();
		assertThat(alerting.get("alerting").asBoolean()).isTrue();
		assertThat(alerting.get("consecutiveFailures").asInt()).isEqualTo(2);

		endpoint.stop();
		checkOnce(); // down (connection refused): the alert is already raised
		assertThat(IntakeDrain.drainInbox(context)).isZero();
		assertThat(incidentsOfService()).hasSize(1);

		endpoint.restart();
		endpoint.answer(200, "OK healthy");
		checkOnce(); // up: the recovery
		assertThat(IntakeDrain.drainInbox(context)).isEqualTo(1);
		JsonNode recovered = incident(number);
		assertThat(recovered.get("stage").asText()).as("nobody acknowledged it, so it waits for verification")
			.isEqualTo("VERIFICATION");
		assertThat(recovered.get("timeline").findValuesAsText("type")).contains("RECOVERY_REPORTED");
		assertThat(entries(recovered, "RECOVERY_REPORTED")).extracting(entry -> entry.get("actor").asText())
			.containsExactly(PROBES);
		JsonNode up = api.get("adam", "/api/v1/probes/" + probe).body();
		assertThat(up.get("alerting").asBoolean()).isFalse();
		assertThat(up.get("consecutiveFailures").asInt()).isZero();

		checkOnce(); // up
		checkOnce(); // up
		assertThat(IntakeDrain.drainInbox(context)).as("nothing to report while up").isZero();

		List<JsonNode> samples = samples(probe);
		assertThat(samples).extracting(sample -> sample.get("up").asBoolean())
			.containsExactly(true, false, false, false, true, true, true);
		assertThat(samples).extracting(sample -> sample.get("at").asText())
			.containsExactly(times(7).toArray(String[]::new));
		assertThat(samples)
			.extracting(sample -> sample.get("statusCode").isNull() ? null : sample.get("statusCode").asInt())
			.containsExactly(200, 503, 200, null, 200, 200, 200);
		assertThat(samples.get(1).get("error").asText()).isEqualTo("status 503 is outside 200–399");
		assertThat(samples.get(2).get("error").asText()).startsWith("keyword 'healthy' not found");
		assertThat(samples.get(3).get("error").asText()).as("connection refused").startsWith("ConnectException");
		assertThat(samples.get(3).get("responseMs").isNull()).isTrue();
		assertThat(samples).filteredOn(sample -> sample.get("up").asBoolean())
			.allSatisfy(sample -> assertThat(sample.get("error").isNull()).isTrue());
		assertThat(samples).filteredOn(sample -> !sample.get("statusCode").isNull())
			.allSatisfy(sample -> assertThat(sample.get("responseMs").asInt()).isNotNegative());

		assertAvailabilityMatches(samples);
	}

	/** The figures, worked out here from the samples the API listed. */
	private void assertAvailabilityMatches(List<JsonNode> samples) {
		long up = samples.stream().filter(sample -> sample.get("up").asBoolean()).count();
		List<Integer> times = samples.stream()
			.filter(sample -> !sample.get("responseMs").isNull())
			.map(sample -> sample.get("responseMs").asInt())
			.sorted()
			.toList();
		assertThat(up).isEqualTo(4);
		assertThat(times).hasSize(6);
		double mean = times.stream().mapToInt(Integer::intValue).sum() / 6.0;
		int p95 = times.get((int) Math.ceil(0.95 * 6) - 1);

		Response response = api.get("rita",
				"/api/v1/services/" + service + "/availability?from=" + start + "&to=" + start.plusSeconds(70));

		assertThat(response.status()).isEqualTo(200);
		JsonNode figures = response.body();
		assertThat(figures.get("service").asText()).isEqualTo(service);
		assertThat(figures.get("from").asText()).isEqualTo(start.toString());
		assertThat(figures.get("samples").asLong()).isEqualTo(7);
		assertThat(figures.get("uptimePercent").asDouble()).isEqualTo(4 * 100.0 / 7);
		assertThat(figures.get("errorRate").asDouble()).isEqualTo(3.0 / 7);
		assertThat(figures.get("meanResponseMs").asDouble()).isEqualTo(mean);
		assertThat(figures.get("p95ResponseMs").asInt()).isEqualTo(p95);
		assertThat(api.get("rita", "/api/v1/services/" + service + "/availability").body())
			.as("the last 24 hours by default")
			.isEqualTo(api
				.get("rita",
						"/api/v1/services/" + service + "/availability?from=" + now.minus(Duration.ofHours(24)) + "&to="
								+ now)
				.body());
	}

	private long createProbe() {
		Response response = api.post("adam", "/api/v1/probes",
				Map.of("name", "Checkout health", "url", endpoint.url("/health"), "intervalSeconds", 10, "timeoutMs",
						2000, "keyword", "healthy", "failuresBeforeAlert", 2, "service", service));
		assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
		long id = response.body().get("id").asLong();
		created.add(id);
		assertThat(response.headers().getLocation()).hasToString("/api/v1/probes/" + id);
		return id;
	}

	/** One check is due; runs it and moves the clock on by the probe's interval. */
	private void checkOnce() {
		assertThat(runner.runDueChecks()).isEqualTo(1);
		setClock(now.plusSeconds(10));
	}

	private void setClock(Instant instant) {
		now = instant;
		ClockUtil.setCurrentTime(Date.from(instant));
	}

	private List<String> times(int count) {
		List<String> times = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			times.add(start.plusSeconds(10L * i).toString());
		}
		return times;
	}

	/** Oldest first. */
	private List<JsonNode> samples(long probe) {
		JsonNode page = api
			.get("adam", "/api/v1/probes/" + probe + "/samples?from=" + start + "&to=" + start.plusSeconds(70))
			.body();
		assertThat(page.get("truncated").asBoolean()).isFalse();
		List<JsonNode> items = new ArrayList<>();
		page.get("items").forEach(items::add);
		Collections.reverse(items);
		return items;
	}

	private List<JsonNode> incidentsOfService() {
		List<JsonNode> items = new ArrayList<>();
		api.get("mona", "/api/v1/incidents?service=" + service).body().get("items").forEach(items::add);
		return items;
	}

	private JsonNode incident(String number) {
		return api.get("mona", "/api/v1/incidents/" + number).body();
	}

	private static List<JsonNode> entries(JsonNode incident, String type) {
		List<JsonNode> entries = new ArrayList<>();
		incident.get("timeline").forEach(entry -> {
			if (entry.get("type").asText().equals(type)) {
				entries.add(entry);
			}
		});
		return entries;
	}

}
