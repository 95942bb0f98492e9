package dev.firebreak.probe;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.ApiClient;
import dev.firebreak.ApiClient.Response;
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
 * Integration checks: an HTTP probe compares the value at its JSON path in two systems'
 * answers (two real HTTP servers on loopback). Agreeing counts are up; a drift opens an
 * incident naming both values, and agreement again reports the recovery; the second
 * endpoint failing is down and says which endpoint; a comparison without a JSON path is
 * refused naming the field.
 */
@FirebreakTest
class IntegrationCheckTest {

	@LocalServerPort
	int port;

	@Autowired
	ServiceCatalogue catalogue;

	@Autowired
	ApplicationContext context;

	ProbeScenario scenario;

	TestHttpServer orders;

	TestHttpServer billing;

	@BeforeEach
	void setUp() {
		scenario = new ProbeScenario(new ApiClient(port), context, TestServices.fresh(catalogue, "sync", 2, "ops"),
				Instant.now().truncatedTo(ChronoUnit.SECONDS));
		orders = new TestHttpServer();
		billing = new TestHttpServer();
	}

	@AfterEach
	void tearDown() {
		scenario.close();
		orders.close();
		billing.close();
	}

	@Test
	void twoSystemsThatDriftApartOpenAnIncidentNamingBothValues() {
		orders.answer(200, "{\"count\": 120}");
		billing.answer(200, "{\"count\": 120, \"currency\": \"EUR\"}");
		long id = scenario
			.create(Map.of("name", "Orders invoiced", "url", orders.url("/stats"), "compareUrl", billing.url("/stats"),
					"jsonPath", "$.count", "intervalSeconds", 10, "timeoutMs", 1000, "failuresBeforeAlert", 1))
			.get("id")
			.asLong();
		assertThat(scenario.probe(id).get("compareUrl").asText()).isEqualTo(billing.url("/stats"));

		scenario.run();
		assertThat(scenario.samples(id).get(0).get("detail").asText()).isEqualTo("both answer $.count = '120'");

		billing.answer(200, "{\"count\": 118}");
		scenario.later(10);
		scenario.run();
		assertThat(scenario.drain()).isEqualTo(1);
		List<JsonNode> incidents = scenario.incidents();
		assertThat(incidents).hasSize(1);
		String number = incidents.get(0).get("number").asText();
		assertThat(scenario.incident(number).get("description").asText()).contains(
				"$.count is '120' at " + orders.url("/stats") + " but '118' at " + billing.url("/stats"),
				"compared with " + billing.url("/stats"));

		billing.answer(503, "maintenance");
		scenario.later(10);
		scenario.run();
		assertThat(scenario.samples(id).get(2).get("error").asText())
			.isEqualTo("the compared endpoint " + billing.url("/stats") + ": status 503 is outside 200–399");

		billing.answer(200, "{\"count\": 120}");
		scenario.later(10);
		scenario.run();
		assertThat(scenario.drain()).isEqualTo(1);
		assertThat(scenario.timeline(number)).contains("RECOVERY_REPORTED");
		assertThat(scenario.statuses(id)).containsExactly("UP", "DOWN", "DOWN", "UP");
	}

	@Test
	void aComparisonNeedsAJsonPathAndAnHttpUrl() {
		Response withoutPath = scenario.api.post("adam", "/api/v1/probes", Map.of("name", "No path", "service",
				scenario.service, "url", orders.url("/stats"), "compareUrl", billing.url("/stats")));
		assertThat(withoutPath.status()).isEqualTo(400);
		assertThat(withoutPath.body().toString()).contains("compareUrl", "needs a jsonPath");

		Response notHttp = scenario.api.post("adam", "/api/v1/probes",
				Map.of("name", "Ftp", "service", scenario.service, "url", orders.url("/stats"), "compareUrl",
						"ftp://billing/stats", "jsonPath", "$.count"));
		assertThat(notHttp.status()).isEqualTo(400);
		assertThat(notHttp.body().toString()).contains("compareUrl");
	}

}
