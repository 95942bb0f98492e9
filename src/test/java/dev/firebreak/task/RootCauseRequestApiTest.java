package dev.firebreak.task;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.ApiClient;
import dev.firebreak.ApiClient.Response;
import dev.firebreak.FirebreakTest;
import dev.firebreak.incident.MonitoredService;
import dev.firebreak.incident.ServiceCatalogue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * POST /api/v1/incidents/{number}/request-rca: a manager sends any incident through
 * root-cause analysis; nobody else can, and a refusal changes nothing.
 */
@FirebreakTest
class RootCauseRequestApiTest {

	@LocalServerPort
	int port;

	@Autowired
	ServiceCatalogue catalogue;

	ApiClient api;

	String service;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
		service = "billing-" + UUID.randomUUID().toString().substring(0, 8);
		catalogue.register(new MonitoredService(service, 3, "ops"));
	}

	@Test
	void aManagersRequestSendsAP4ThroughRootCauseAnalysis() {
		String number = reportP4();

		Response requested = api.post("mona", "/api/v1/incidents/" + number + "/request-rca",
				Map.of("reason", "Customers noticed twice this week"));

		assertThat(requested.status()).isEqualTo(200);
		assertThat(requested.body().get("priority").asText()).isEqualTo("P4");
		assertThat(requested.body().get("rcaRequired").asBoolean()).isTrue();
		JsonNode entry = last(requested.body());
		assertThat(entry.get("type").asText()).isEqualTo("RCA_REQUESTED");
		assertThat(entry.get("actor").asText()).isEqualTo("mona");
		assertThat(entry.at("/details/reason").asText()).isEqualTo("Customers noticed twice this week");

		Response again = api.post("mona", "/api/v1/incidents/" + number + "/request-rca",
				Map.of("reason", "Asking once more"));
		assertThat(again.status()).isEqualTo(200);
		assertThat(rcaRequests(again.body())).as("the first request stands").hasSize(1);

		complete(claim(taskOf(number)), Map.of("outcome", "FIXED_BY_OPERATIONS", "findings", "Restarted the job"));
		complete(claim(taskOf(number)), Map.of("checksRun", "rerun", "passed", true, "evidence", "invoices sent"));
		assertThat(incident(number).at("/openTasks/0/stage").asText()).isEqualTo("ROOT_CAUSE_ANALYSIS");
	}

	@Test
	void onlyManagersMayRequestAndARefusalChangesNothing() {
		String number = reportP4();

		Response refused = api.post("rita", "/api/v1/incidents/" + number + "/request-rca",
				Map.of("reason", "I would like one"));

		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.contentType()).isEqualTo("application/problem+json");
		assertThat(incident(number).get("rcaRequired").asBoolean()).isFalse();
		assertThat(rcaRequests(incident(number))).isEmpty();
	}

	@Test
	void aRequestNeedsAReasonAndAnIncidentThatIsStillOpen() {
		String number = reportP4();

		for (String reason : List.of("", "x".repeat(2_001))) {
			Response refused = api.post("mona", "/api/v1/incidents/" + number + "/request-rca",
					Map.of("reason", reason));
			assertThat(refused.status()).isEqualTo(400);
			assertThat(refused.body().at("/errors/0/field").asText()).isEqualTo("reason");
		}
		assertThat(incident(number).get("rcaRequired").asBoolean()).isFalse();

		complete(claim(taskOf(number)), Map.of("outcome", "FALSE_ALARM", "findings", "Test invoice run"));
		Response closed = api.post("mona", "/api/v1/incidents/" + number + "/request-rca",
				Map.of("reason", "Too late"));
		assertThat(closed.status()).isEqualTo(409);
		assertThat(closed.contentType()).isEqualTo("application/problem+json");
		assertThat(api.post("mona", "/api/v1/incidents/INC-999999999/request-rca", Map.of("reason", "x")).status())
			.isEqualTo(404);
	}

	private String reportP4() {
		Response response = api.post("rita", "/api/v1/incidents",
				Map.of("title", "Invoices late", "service", service, "severity", "LOW", "impact", "LOW"));
		assertThat(response.status()).isEqualTo(201);
		assertThat(response.body().get("priority").asText()).isEqualTo("P4");
		return response.body().get("number").asText();
	}

	private JsonNode incident(String number) {
		return api.get("mona", "/api/v1/incidents/" + number).body();
	}

	private static JsonNode last(JsonNode incident) {
		JsonNode timeline = incident.get("timeline");
		return timeline.get(timeline.size() - 1);
	}

	private static List<JsonNode> rcaRequests(JsonNode incident) {
		return incident.get("timeline")
			.valueStream()
			.filter(entry -> "RCA_REQUESTED".equals(entry.get("type").asText()))
			.toList();
	}

	private String taskOf(String number) {
		return incident(number).at("/openTasks/0/id").asText();
	}

	private String claim(String taskId) {
		assertThat(api.post("rita", "/api/v1/tasks/" + taskId + "/claim", null).status()).isEqualTo(200);
		return taskId;
	}

	private void complete(String taskId, Map<String, Object> form) {
		assertThat(api.post("rita", "/api/v1/tasks/" + taskId + "/complete", form).status()).isEqualTo(204);
	}

}
