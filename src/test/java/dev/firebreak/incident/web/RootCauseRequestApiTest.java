package dev.firebreak.incident.web;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.ApiClient;
import dev.firebreak.ApiClient.Response;
import dev.firebreak.FirebreakTest;
import dev.firebreak.task.TaskFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static dev.firebreak.task.TaskFixtures.entries;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * POST /api/v1/incidents/{number}/request-rca: a manager sends any incident through
 * root-cause analysis; nobody else can, and a refusal changes nothing.
 */
@FirebreakTest
class RootCauseRequestApiTest {

	@Autowired
	TaskFixtures fixtures;

	ApiClient api;

	String service;

	@BeforeEach
	void setUp() {
		api = fixtures.api();
		service = fixtures.service("billing", 3, "ops");
	}

	@Test
	void aManagersRequestSendsAP4ThroughRootCauseAnalysis() {
		String number = reportP4();

		Response requested = api.post("mona", "/api/v1/incidents/" + number + "/request-rca",
				Map.of("reason", "Customers noticed twice this week"));

		assertThat(requested.status()).isEqualTo(200);
		assertThat(requested.body().get("priority").asText()).isEqualTo("P4");
		assertThat(requested.body().get("rcaRequired").asBoolean()).isTrue();
		JsonNode timeline = requested.body().get("timeline");
		JsonNode entry = timeline.get(timeline.size() - 1);
		assertThat(entry.get("type").asText()).isEqualTo("RCA_REQUESTED");
		assertThat(entry.get("actor").asText()).isEqualTo("mona");
		assertThat(entry.at("/details/reason").asText()).isEqualTo("Customers noticed twice this week");

		Response again = api.post("mona", "/api/v1/incidents/" + number + "/request-rca",
				Map.of("reason", "Asking once more"));
		assertThat(again.status()).isEqualTo(200);
		assertThat(entries(again.body(), "RCA_REQUESTED")).as("the first request stands").hasSize(1);

		fixtures.work("rita", number, "DIAGNOSIS",
				Map.of("outcome", "FIXED_BY_OPERATIONS", "findings", "Restarted the job"));
		fixtures.work("rita", number, "VERIFICATION",
				Map.of("checksRun", "rerun", "passed", true, "evidence", "invoices sent"));
		assertThat(fixtures.incident(number).at("/openTasks/0/stage").asText()).isEqualTo("ROOT_CAUSE_ANALYSIS");
	}

	@Test
	void onlyManagersMayRequestAndARefusalChangesNothing() {
		String number = reportP4();

		Response refused = api.post("rita", "/api/v1/incidents/" + number + "/request-rca",
				Map.of("reason", "I would like one"));

		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.contentType()).isEqualTo("application/problem+json");
		assertThat(fixtures.incident(number).get("rcaRequired").asBoolean()).isFalse();
		assertThat(entries(fixtures.incident(number), "RCA_REQUESTED")).isEmpty();
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
		assertThat(fixtures.incident(number).get("rcaRequired").asBoolean()).isFalse();

		fixtures.work("rita", number, "DIAGNOSIS", Map.of("outcome", "FALSE_ALARM", "findings", "Test invoice run"));
		Response closed = api.post("mona", "/api/v1/incidents/" + number + "/request-rca",
				Map.of("reason", "Too late"));
		assertThat(closed.status()).isEqualTo(409);
		assertThat(closed.contentType()).isEqualTo("application/problem+json");
		assertThat(api.post("mona", "/api/v1/incidents/INC-999999999/request-rca", Map.of("reason", "x")).status())
			.isEqualTo(404);
	}

	private String reportP4() {
		String number = fixtures.report("rita", service, "Invoices late", "LOW", "LOW");
		assertThat(fixtures.incident(number).get("priority").asText()).isEqualTo("P4");
		return number;
	}

}
