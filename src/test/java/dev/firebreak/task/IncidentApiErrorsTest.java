package dev.firebreak.task;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.firebreak.ApiClient;
import dev.firebreak.ApiClient.Response;
import dev.firebreak.FirebreakTest;
import dev.firebreak.incident.MonitoredService;
import dev.firebreak.incident.ServiceCatalogue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input gets application/problem+json saying what to fix, and changes nothing.
 */
@FirebreakTest
class IncidentApiErrorsTest {

	@LocalServerPort
	int port;

	@Autowired
	ServiceCatalogue catalogue;

	ApiClient api;

	String service;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
		service = "search-" + UUID.randomUUID().toString().substring(0, 8);
		catalogue.register(new MonitoredService(service, 2, "ops"));
	}

	@Test
	void aReportMissingFieldsNamesEachOneAndStoresNothing() {
		Response response = api.post("rita", "/api/v1/incidents", Map.of("description", "no title"));

		assertProblem(response, 400);
		assertThat(fields(response)).containsExactly("impact", "service", "severity", "title");
		assertThat(incidentsOfService()).isZero();
	}

	@Test
	void aReportWithAnUnknownEnumValueNamesTheFieldAndTheAllowedValues() {
		Response response = api.post("rita", "/api/v1/incidents",
				Map.of("title", "x", "service", service, "severity", "SEVERE", "impact", "HIGH"));

		assertProblem(response, 400);
		assertThat(fields(response)).containsExactly("severity");
		assertThat(response.body().get("detail").asText()).contains("CRITICAL", "LOW");
		assertThat(incidentsOfService()).isZero();
	}

	@Test
	void aReportForAnUnknownServiceIsRefused() {
		Response response = api.post("rita", "/api/v1/incidents",
				Map.of("title", "x", "service", "no-such-service", "severity", "LOW", "impact", "LOW"));

		assertProblem(response, 400);
		assertThat(fields(response)).containsExactly("service");
	}

	@Test
	void malformedJsonIsABadRequest() {
		Response response = api.postRaw("rita", "/api/v1/incidents", "{\"title\": ", MediaType.APPLICATION_JSON);

		assertProblem(response, 400);
		assertThat(response.body().get("detail").asText()).contains("not valid JSON");
		assertThat(incidentsOfService()).isZero();
	}

	@Test
	void unknownIncidentsAndTasksAreNotFound() {
		assertProblem(api.get("rita", "/api/v1/incidents/INC-999999"), 404);
		assertProblem(api.get("rita", "/api/v1/incidents/not-a-number"), 404);
		assertProblem(api.post("rita", "/api/v1/tasks/no-such-task/claim", null), 404);
	}

	@Test
	void aBadFilterValueNamesTheParameter() {
		Response response = api.get("rita", "/api/v1/incidents?status=BURNING");

		assertProblem(response, 400);
		assertThat(fields(response)).containsExactly("status");
	}

	@Test
	void completingAnUnclaimedTaskConflictsAndChangesNothing() {
		String number = report();
		String task = openTask(number);
		JsonNode before = incident(number);

		Response response = api.post("rita", "/api/v1/tasks/" + task + "/complete",
				Map.of("outcome", "NEEDS_FIX", "findings", "x"));

		assertProblem(response, 409);
		assertThat(response.body().get("detail").asText()).contains("Claim task");
		assertThat(incident(number)).isEqualTo(before);
	}

	@Test
	void completingATaskSomeoneElseClaimedConflicts() {
		String number = report();
		String task = openTask(number);
		api.post("ravi", "/api/v1/tasks/" + task + "/claim", null);

		Response response = api.post("rita", "/api/v1/tasks/" + task + "/complete",
				Map.of("outcome", "NEEDS_FIX", "findings", "x"));

		assertProblem(response, 409);
		assertThat(response.body().get("detail").asText()).contains("claimed by ravi");
		assertProblem(api.post("rita", "/api/v1/tasks/" + task + "/claim", null), 409);
	}

	@Test
	void anIncompleteFormNamesEveryFieldAndLeavesTheTaskOpen() {
		String number = report();
		String task = openTask(number);
		api.post("rita", "/api/v1/tasks/" + task + "/claim", null);
		JsonNode before = incident(number);

		Response response = api.post("rita", "/api/v1/tasks/" + task + "/complete", Map.of("findings", " "));

		assertProblem(response, 400);
		assertThat(fields(response)).containsExactly("findings", "outcome");
		assertThat(incident(number)).isEqualTo(before);
		assertThat(openTask(number)).isEqualTo(task);
	}

	@Test
	void completingTwiceConflicts() {
		String number = report();
		String task = openTask(number);
		api.post("rita", "/api/v1/tasks/" + task + "/claim", null);
		Map<String, String> form = Map.of("outcome", "NEEDS_FIX", "findings", "disk full");
		assertThat(api.post("rita", "/api/v1/tasks/" + task + "/complete", form).status()).isEqualTo(204);
		JsonNode before = incident(number);

		Response again = api.post("rita", "/api/v1/tasks/" + task + "/complete", form);

		assertProblem(again, 409);
		assertThat(again.body().get("detail").asText()).contains("already completed by rita");
		assertThat(incident(number)).isEqualTo(before);
	}

	@Test
	void cancellingAsDuplicateOfAnUnknownIncidentChangesNothing() {
		String number = report();
		JsonNode before = incident(number);

		Response response = api.post("mona", "/api/v1/incidents/" + number + "/cancel",
				Map.of("duplicateOf", "INC-999999", "reason", "dup"));

		assertProblem(response, 404);
		assertThat(incident(number)).isEqualTo(before);
	}

	@Test
	void aManagerActionWithoutAReasonIsRefused() {
		String number = report();

		Response response = api.post("mona", "/api/v1/incidents/" + number + "/escalate", new HashMap<>());

		assertProblem(response, 400);
		assertThat(fields(response)).containsExactly("reason");
	}

	@Test
	void nobodyAnonymousAndOnlyManagersForManagerActions() {
		String number = report();

		Response anonymous = api.get(null, "/api/v1/incidents");
		assertProblem(anonymous, 401);
		assertThat(anonymous.headers().getFirst("WWW-Authenticate")).startsWith("Basic");
		assertProblem(api.get(null, "/v3/api-docs"), 401);
		assertProblem(api.post("rita", "/api/v1/incidents/" + number + "/escalate", Map.of("reason", "r")), 403);
		assertThat(incident(number).get("escalationLevel").asInt()).isZero();
	}

	@Test
	void aResponderCannotClaimAnotherTeamsTask() {
		String number = report();
		String task = openTask(number);

		assertProblem(api.post("otto", "/api/v1/tasks/" + task + "/claim", null), 403);
		assertThat(incident(number).get("status").asText()).isEqualTo("OPEN");
	}

	private String report() {
		Response response = api.post("rita", "/api/v1/incidents",
				Map.of("title", "Search is slow", "service", service, "severity", "HIGH", "impact", "MEDIUM"));
		assertThat(response.status()).isEqualTo(201);
		return response.body().get("number").asText();
	}

	/**
	 * The incident as the API shows it, less the SLA countdown, which moves with the
	 * clock.
	 */
	private JsonNode incident(String number) {
		ObjectNode body = (ObjectNode) api.get("rita", "/api/v1/incidents/" + number).body();
		body.remove("sla");
		return body;
	}

	private String openTask(String number) {
		return incident(number).at("/openTasks/0/id").asText();
	}

	private long incidentsOfService() {
		return api.get("rita", "/api/v1/incidents?service=" + service).body().get("total").asLong();
	}

	private static List<String> fields(Response response) {
		return response.body().get("errors").findValuesAsText("field");
	}

	private static void assertProblem(Response response, int status) {
		assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
		assertThat(response.contentType()).isEqualTo("application/problem+json");
		assertThat(response.body().get("detail").asText()).isNotBlank();
	}

}
