package dev.firebreak.probe;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.firebreak.ApiClient;
import dev.firebreak.FirebreakTest;
import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.incident.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP probe's options against a local server: method, headers and body, a set of
 * expected statuses, a JSON path, redirects by policy, and slow answers that raise a
 * lower-severity degraded incident apart from down. Also that a maintenance window
 * swallows the down alert and that the alert, sent again, opens the incident after it.
 */
@FirebreakTest
class HttpCheckOptionsTest {

	@LocalServerPort
	int port;

	@Autowired
	ServiceCatalogue catalogue;

	@Autowired
	ApplicationContext context;

	ProbeScenario scenario;

	HttpServer server;

	volatile String lastMethod;

	volatile String lastBody;

	volatile String lastToken;

	volatile int delayMs;

	volatile String health = "ok";

	@BeforeEach
	void setUp() throws IOException {
		scenario = new ProbeScenario(new ApiClient(port), context, TestServices.fresh(catalogue, "http", 2, "ops"),
				Instant.now().truncatedTo(ChronoUnit.SECONDS));
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/api", this::api);
		server.createContext("/slow", exchange -> {
			sleep(delayMs);
			answer(exchange, 200, "OK");
		});
		server.createContext("/moved", exchange -> {
			exchange.getResponseHeaders().add("Location", "/api");
			answer(exchange, 302, "");
		});
		server.createContext("/away", exchange -> {
			exchange.getResponseHeaders().add("Location", "http://localhost:" + port + "/login");
			answer(exchange, 302, "");
		});
		server.start();
	}

	@AfterEach
	void tearDown() {
		scenario.close();
		server.stop(0);
	}

	@Test
	void aPostWithHeadersAndBodyIsJudgedByItsStatusesAndAJsonPath() {
		Map<String, Object> request = http("/api");
		request.put("method", "POST");
		request.put("headers", Map.of("X-Token", "s3cret", "Content-Type", "application/json"));
		request.put("body", "{\"probe\":true}");
		request.put("expectedStatuses", "200-201, 204");
		request.put("jsonPath", "$.checks[0].status");
		request.put("jsonExpected", "ok");
		long id = scenario.create(request).get("id").asLong();
		JsonNode stored = scenario.probe(id);
		assertThat(stored.get("headers").get("X-Token").asText()).isEqualTo("s3cret");
		assertThat(stored.get("expectedStatuses").asText()).isEqualTo("200-201,204");

		scenario.run();
		assertThat(lastMethod).isEqualTo("POST");
		assertThat(lastBody).isEqualTo("{\"probe\":true}");
		assertThat(lastToken).isEqualTo("s3cret");
		health = "failing";
		scenario.later(10);
		scenario.run();
		assertThat(scenario.drain()).isEqualTo(1);
		health = "ok";
		scenario.later(10);
		scenario.run();
		assertThat(scenario.drain()).isEqualTo(1);

		List<JsonNode> samples = scenario.samples(id);
		assertThat(samples).extracting(sample -> sample.get("status").asText()).containsExactly("UP", "DOWN", "UP");
		assertThat(samples.get(0).get("statusCode").asInt()).isEqualTo(201);
		assertThat(samples.get(1).get("error").asText()).isEqualTo("$.checks[0].status is 'failing', expected 'ok'");
		assertThat(scenario.timeline(scenario.incidents().get(0).get("number").asText())).contains("RECOVERY_REPORTED");
	}

	@Test
	void slowAnswersRaiseADegradedIncidentOfLowerSeverityThanDown() {
		Map<String, Object> request = http("/slow");
		request.put("degradedAboveMs", 150);
		request.put("degradedAfter", 2);
		long id = scenario.create(request).get("id").asLong();

		delayMs = 400;
		scenario.run();
		assertThat(scenario.drain()).as("one slow answer: below the threshold").isZero();
		scenario.later(10);
		scenario.run();
		assertThat(scenario.drain()).isEqualTo(1);
		JsonNode incident = scenario.incidents().get(0);
		assertThat(incident.get("title").asText()).isEqualTo("Slow check is degraded");
		assertThat(incident.get("severity").asText()).isEqualTo("LOW");
		assertThat(scenario.probe(id).get("degradedAlerting").asBoolean()).isTrue();
		assertThat(scenario.probe(id).get("alerting").asBoolean()).as("degraded is not down").isFalse();

		delayMs = 0;
		scenario.later(10);
		scenario.run();
		assertThat(scenario.drain()).isEqualTo(1);
		assertThat(scenario.timeline(incident.get("number").asText())).contains("RECOVERY_REPORTED");
		List<JsonNode> samples = scenario.samples(id);
		assertThat(samples).extracting(sample -> sample.get("status").asText())
			.containsExactly("DEGRADED", "DEGRADED", "UP");
		assertThat(samples.get(0).get("error").asText()).matches("answered in \\d+ ms, above 150 ms");
		JsonNode figures = scenario.availability();
		assertThat(figures.get("uptimePercent").asDouble()).as("slow is still up").isEqualTo(100.0);
		assertThat(figures.get("p95ResponseMs").asInt()).isGreaterThanOrEqualTo(400);
	}

	@Test
	void redirectsAreFollowedOnlyAsThePolicySays() {
		Map<String, Object> never = http("/moved");
		never.put("expectedStatuses", "200");
		Map<String, Object> sameHost = http("/moved");
		sameHost.put("redirects", "SAME_HOST");
		Map<String, Object> leaving = http("/away");
		leaving.put("redirects", "SAME_HOST");
		Map<String, Object> anywhere = http("/away");
		anywhere.put("redirects", "ANY");
		long[] ids = { scenario.create(never).get("id").asLong(), scenario.create(sameHost).get("id").asLong(),
				scenario.create(leaving).get("id").asLong(), scenario.create(anywhere).get("id").asLong() };

		scenario.run();

		assertThat(scenario.samples(ids[0]).get(0).get("error").asText()).isEqualTo("status 302 is outside 200");
		assertThat(scenario.samples(ids[1]).get(0).get("status").asText()).isEqualTo("UP");
		assertThat(scenario.samples(ids[1]).get(0).get("statusCode").asInt()).isEqualTo(201);
		assertThat(scenario.samples(ids[2]).get(0).get("error").asText()).contains("leaves http://127.0.0.1:",
				"(redirects: SAME_HOST)");
		assertThat(scenario.samples(ids[3]).get(0).get("status").asText()).as(scenario.samples(ids[3]).toString())
			.isEqualTo("UP");
		assertThat(scenario.samples(ids[3]).get(0).get("statusCode").asInt()).isEqualTo(200);
	}

	@Test
	void anAlertAMaintenanceWindowSwallowedOpensItsIncidentWhenSentAgainAfterTheWindow() {
		Instant ends = scenario.now.plusSeconds(600);
		assertThat(scenario.api.post("mona", "/api/v1/maintenance-windows",
				Map.of("service", scenario.service, "startsAt", scenario.now.minusSeconds(60).toString(), "endsAt",
						ends.toString(), "description", "Database upgrade", "suppressAlerts", true))
			.status()).isEqualTo(201);
		Map<String, Object> request = http("/api");
		request.put("failuresBeforeAlert", 1);
		request.put("intervalSeconds", 600);
		request.put("jsonPath", "$.checks[0].status");
		request.put("jsonExpected", "ok");
		long id = scenario.create(request).get("id").asLong();
		health = "failing";

		scenario.run();
		assertThat(scenario.drain()).isEqualTo(1);
		assertThat(scenario.incidents()).as("inside the window").isEmpty();
		assertThat(scenario.probe(id).get("alerting").asBoolean()).isTrue();
		scenario.later(600);
		scenario.run();
		assertThat(scenario.drain()).as("the window is over, but the alert is not due again yet").isZero();
		scenario.later(600);
		scenario.run();
		scenario.later(600);
		scenario.run();
		assertThat(scenario.drain()).as("sent again after repeat-alert-every (30 minutes)").isEqualTo(1);

		List<JsonNode> incidents = scenario.incidents();
		assertThat(incidents).hasSize(1);
		assertThat(incidents.get(0).get("title").asText()).isEqualTo("Slow check is down");
	}

	private Map<String, Object> http(String path) {
		Map<String, Object> request = new HashMap<>();
		request.put("name", "Slow check");
		request.put("url", "http://127.0.0.1:" + server.getAddress().getPort() + path);
		request.put("intervalSeconds", 10);
		request.put("timeoutMs", 3000);
		request.put("failuresBeforeAlert", 1);
		return request;
	}

	private void api(HttpExchange exchange) throws IOException {
		lastMethod = exchange.getRequestMethod();
		lastBody = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		lastToken = exchange.getRequestHeaders().getFirst("X-Token");
		answer(exchange, 201, "{\"checks\":[{\"status\":\"" + health + "\"}]}");
	}

	private static void answer(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private static void sleep(int ms) {
		try {
			Thread.sleep(ms);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
