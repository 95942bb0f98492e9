package dev.firebreak.incident.web;

import java.util.HashMap;
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
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input gets application/problem+json saying what to fix, and changes nothing.
 */
@FirebreakTest
class IncidentApiErrorsTest {

	@Autowired
	TaskFixtures fixtures;

	ApiClient api;

	String service;

	@BeforeEach
	void setUp() {
		api = fixtures.api();
		service = fixtures.service("search", 2, "ops");
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
		String task = fixtures.openTask(number);
		JsonNode before = fixtures.incidentWithoutSla(number);

		Response response = api.post("rita", "/api/v1/tasks/" + task + "/complete",
				Map.of("outcome", "NEEDS_FIX", "findings", "x"));

		assertProblem(response, 409);
		assertThat(response.body().get("detail").asText()).contains("Claim task");
		assertThat(fixtures.incidentWithoutSla(number)).isEqualTo(before);
	}

	@Test
	void completingATaskSomeoneElseClaimedConflicts() {
		String number = report();
		String task = fixtures.openTask(number);
		fixtures.claim("ravi", task);

		Response response = api.post("rita", "/api/v1/tasks/" + task + "/complete",
				Map.of("outcome", "NEEDS_FIX", "findings", "x"));

		assertProblem(response, 409);
		assertThat(response.body().get("detail").asText()).contains("claimed by ravi");
		assertProblem(api.post("rita", "/api/v1/tasks/" + task + "/claim", null), 409);
	}

	@Test
	void anIncompleteFormNamesEveryFieldAndLeavesTheTaskOpen() {
		String number = report();
		String task = fixtures.openTask(number);
		fixtures.claim("rita", task);
		JsonNode before = fixtures.incidentWithoutSla(number);

		Response response = api.post("rita", "/api/v1/tasks/" + task + "/complete", Map.of("findings", " "));

		assertProblem(response, 400);
		assertThat(fields(response)).containsExactly("findings", "outcome");
		assertThat(fixtures.incidentWithoutSla(number)).isEqualTo(before);
		assertThat(fixtures.openTask(number)).isEqualTo(task);
	}

	@Test
	void completingTwiceConflicts() {
		String number = report();
		String task = fixtures.openTask(number);
		fixtures.claim("rita", task);
		Map<String, String> form = Map.of("outcome", "NEEDS_FIX", "findings", "disk full");
		assertThat(api.post("rita", "/api/v1/tasks/" + task + "/complete", form).status()).isEqualTo(204);
		JsonNode before = fixtures.incidentWithoutSla(number);

		Response again = api.post("rita", "/api/v1/tasks/" + task + "/complete", form);

		assertProblem(again, 409);
		assertThat(again.body().get("detail").asText()).contains("already completed by rita");
		assertThat(fixtures.incidentWithoutSla(number)).isEqualTo(before);
	}

	@Test
	void cancellingAsDuplicateOfAnUnknownIncidentChangesNothing() {
		String number = report();
		JsonNode before = fixtures.incidentWithoutSla(number);

		Response response = api.post("mona", "/api/v1/incidents/" + number + "/cancel",
				Map.of("duplicateOf", "INC-999999", "reason", "dup"));

		assertProblem(response, 404);
		assertThat(fixtures.incidentWithoutSla(number)).isEqualTo(before);
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
		assertThat(fixtures.incident(number).get("escalationLevel").asInt()).isZero();
	}

	@Test
	void aResponderCannotClaimAnotherTeamsTask() {
		String number = report();
		String task = fixtures.openTask(number);

		assertProblem(api.post("otto", "/api/v1/tasks/" + task + "/claim", null), 403);
		assertThat(fixtures.incident(number).get("status").asText()).isEqualTo("OPEN");
	}

	private String report() {
		return fixtures.report("rita", service, "Search is slow", "HIGH", "MEDIUM");
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
