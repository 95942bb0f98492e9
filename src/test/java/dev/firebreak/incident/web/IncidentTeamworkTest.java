package dev.firebreak.incident.web;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.ApiClient;
import dev.firebreak.ApiClient.Response;
import dev.firebreak.FirebreakTest;
import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.incident.TestServices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Responders from other teams: otto (team other) sees an ops incident only once added,
 * works only the task ops gave him, and the commander role is set and handed over on the
 * timeline. Refusals change nothing.
 */
@FirebreakTest
class IncidentTeamworkTest {

	@LocalServerPort
	int port;

	@Autowired
	ServiceCatalogue catalogue;

	ApiClient api;

	String service;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
		service = TestServices.fresh(catalogue, "teamwork", 2, "ops");
	}

	@Test
	void anAddedPersonSeesTheIncidentAndWorksTheTaskGivenToThem() {
		String number = report();
		String path = "/api/v1/incidents/" + number;
		assertThat(api.get("otto", path).status()).isEqualTo(403);
		String task = api.get("rita", path).body().at("/openTasks/0/id").asText();

		Response refused = api.post("otto", "/api/v1/tasks/" + task + "/give", Map.of("username", "otto"));
		assertThat(refused.status()).isEqualTo(403);
		Response notAdded = api.post("rita", "/api/v1/tasks/" + task + "/give", Map.of("username", "otto"));
		assertThat(notAdded.status()).isEqualTo(400);
		assertThat(notAdded.body().toString()).contains("add them as a responder first");

		Response added = api.post("rita", path + "/responders", Map.of("username", "otto"));
		assertThat(added.status()).as(added.body().toString()).isEqualTo(200);
		assertThat(added.body().at("/added/0/name").asText()).isEqualTo("otto");
		assertThat(api.get("otto", path).status()).isEqualTo(200);
		assertThat(listNumbers("otto")).contains(number);
		// seeing is not working: the task is still ops's
		assertThat(api.post("otto", "/api/v1/tasks/" + task + "/claim", null).status()).isEqualTo(403);

		Response given = api.post("rita", "/api/v1/tasks/" + task + "/give", Map.of("username", "otto"));
		assertThat(given.status()).as(given.body().toString()).isEqualTo(200);
		assertThat(given.body().get("givenTo").asText()).isEqualTo("otto");
		assertThat(api.get("otto", "/api/v1/tasks?scope=team").body().findValuesAsText("id")).contains(task);
		assertThat(api.post("otto", "/api/v1/tasks/" + task + "/claim", null).status()).isEqualTo(200);

		assertThat(types(number)).contains("RESPONDER_ADDED", "TASK_GIVEN");
	}

	@Test
	void takingSomeoneOffReturnsTheirTasksToTheOwningTeam() {
		String number = report();
		String path = "/api/v1/incidents/" + number;
		String task = api.get("rita", path).body().at("/openTasks/0/id").asText();
		api.post("rita", path + "/responders", Map.of("username", "otto"));
		assertThat(api.post("rita", "/api/v1/tasks/" + task + "/give", Map.of("username", "otto")).status())
			.isEqualTo(200);
		assertThat(api.post("otto", "/api/v1/tasks/" + task + "/claim", null).status()).isEqualTo(200);

		assertThat(api.delete("otto", path + "/responders/person/otto").status()).as("only the owning team")
			.isEqualTo(403);
		assertThat(api.delete("rita", path + "/responders/robot/otto").status()).isEqualTo(400);
		Response removed = api.delete("rita", path + "/responders/person/otto");
		assertThat(removed.status()).isEqualTo(200);
		assertThat(removed.body().get("added")).isEmpty();

		JsonNode returned = api.get("rita", path).body().at("/openTasks/0");
		assertThat(returned.get("id").asText()).isEqualTo(task);
		assertThat(returned.path("givenTo").isNull()).as(returned.toString()).isTrue();
		assertThat(returned.path("assignee").isNull()).as("otto's claim ended").isTrue();
		assertThat(api.get("otto", path).status()).isEqualTo(403);
		assertThat(api.get("otto", "/api/v1/tasks?scope=team").body().findValuesAsText("id")).doesNotContain(task);
		assertThat(api.post("rita", "/api/v1/tasks/" + task + "/claim", null).status()).as("the team's again")
			.isEqualTo(200);
		assertThat(types(number)).contains("RESPONDER_REMOVED");
		JsonNode back = timeline(number).findParents("type")
			.stream()
			.filter(entry -> entry.get("type").asText().equals("TASK_GIVEN"))
			.reduce((first, second) -> second)
			.orElseThrow();
		assertThat(back.toString()).as("the return is on the timeline").doesNotContain("\"to\":\"otto\"");
	}

	@Test
	void aWholeTeamCanBeAddedAndOnlyTheOwningTeamOrManagersAdd() {
		String number = report();
		String path = "/api/v1/incidents/" + number;
		Response byOutsider = api.post("otto", path + "/responders", Map.of("team", "other"));
		assertThat(byOutsider.status()).isEqualTo(403);
		assertThat(api.get("rita", path + "/responders").body().get("added")).isEmpty();
		assertThat(api.post("rita", path + "/responders", Map.of("team", "nope")).status()).isEqualTo(400);
		assertThat(api.post("rita", path + "/responders", Map.of("username", "otto", "team", "other")).status())
			.isEqualTo(400);
		assertThat(api.post("rita", path + "/responders", Map.of("username", "nobody-here")).status()).isEqualTo(400);

		assertThat(api.post("mona", path + "/responders", Map.of("team", "other")).status()).isEqualTo(200);

		assertThat(api.get("otto", path).status()).isEqualTo(200);
		assertThat(api.delete("rita", path + "/responders/team/other").status()).isEqualTo(200);
		assertThat(api.get("otto", path).status()).isEqualTo(403);
		assertThat(types(number)).contains("RESPONDER_ADDED", "RESPONDER_REMOVED");
	}

	@Test
	void theCommanderIsSetAndHandedOverOnTheTimeline() {
		String number = report();
		String path = "/api/v1/incidents/" + number;
		// otto may not see it, so he cannot lead it
		assertThat(api.put("rita", path + "/commander", Map.of("username", "otto")).status()).isEqualTo(400);
		assertThat(api.put("otto", path + "/commander", Map.of("username", "otto")).status()).isEqualTo(403);

		assertThat(api.put("rita", path + "/commander", Map.of("username", "rita")).status()).isEqualTo(200);
		api.post("rita", path + "/responders", Map.of("username", "otto"));
		// the commander hands over to an added responder, who may then hand it on
		Response handed = api.put("rita", path + "/commander", Map.of("username", "otto"));
		assertThat(handed.body().get("commander").asText()).isEqualTo("otto");
		assertThat(api.put("otto", path + "/commander", Map.of("username", "ravi")).status()).isEqualTo(200);

		JsonNode handovers = timeline(number).findParents("type")
			.stream()
			.filter(entry -> entry.get("type").asText().equals("COMMANDER_ASSIGNED"))
			.map(entry -> entry.get("details"))
			.reduce((a, b) -> b)
			.orElseThrow();
		assertThat(handovers.get("from").asText()).isEqualTo("otto");
		assertThat(handovers.get("to").asText()).isEqualTo("ravi");
	}

	private java.util.List<String> listNumbers(String user) {
		return api.get(user, "/api/v1/incidents?size=200&service=" + service).body().findValuesAsText("number");
	}

	private java.util.List<String> types(String number) {
		return timeline(number).findValuesAsText("type");
	}

	private JsonNode timeline(String number) {
		return api.get("mona", "/api/v1/incidents/" + number).body().get("timeline");
	}

	private String report() {
		Response reported = api.post("mona", "/api/v1/incidents",
				Map.of("title", "Queue stuck", "service", service, "severity", "HIGH", "impact", "MEDIUM"));
		assertThat(reported.status()).isEqualTo(201);
		return reported.body().get("number").asText();
	}

}
