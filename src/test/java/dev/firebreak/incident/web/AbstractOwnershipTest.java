package dev.firebreak.incident.web;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.ApiClient;
import dev.firebreak.ApiClient.Response;
import dev.firebreak.task.TaskFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static dev.firebreak.task.TaskFixtures.entries;
import static dev.firebreak.task.TaskFixtures.lastOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Incident ownership through the API: whoever acknowledges owns the incident and gets
 * each next stage's task already claimed; someone else of the team takes over (on the
 * timeline); a manager or the owner hands it to a named person; the quick path resolves a
 * trivial alert through the route. Refusals change nothing. Run on H2 by
 * {@link OwnershipTest} and on MariaDB by {@link MySqlOwnershipTest}.
 */
abstract class AbstractOwnershipTest {

	@Autowired
	TaskFixtures fixtures;

	ApiClient api;

	String service;

	@BeforeEach
	void setUp() {
		api = fixtures.api();
		service = fixtures.service("owned", 2, "ops");
	}

	@Test
	void whoAcknowledgesOwnsAndGetsTheNextStageClaimed() {
		String number = report();
		assertThat(fixtures.incident(number).get("owner").isNull()).isTrue();

		fixtures.work("rita", number, "DIAGNOSIS", Map.of("outcome", "NEEDS_FIX", "findings", "Pool exhausted"));

		JsonNode incident = fixtures.incident(number);
		assertThat(incident.get("owner").asText()).isEqualTo("rita");
		JsonNode hotfix = incident.at("/openTasks/0");
		assertThat(hotfix.get("stage").asText()).isEqualTo("HOTFIX");
		assertThat(hotfix.get("assignee").asText()).as("offered to the owner, claimed").isEqualTo("rita");
		assertThat(lastOf(incident, "TASK_OFFERED").at("/details/to").asText()).isEqualTo("rita");
		assertThat(api.get("rita", "/api/v1/tasks?scope=mine").body().findValuesAsText("id"))
			.contains(hotfix.get("id").asText());

		// she completes it without claiming anything again
		fixtures.complete("rita", hotfix.get("id").asText(), AbstractIncidentApiRouteTest.hotfixForm("PR-7"));
		assertThat(fixtures.incident(number).at("/openTasks/0/assignee").asText()).isEqualTo("rita");
		assertThat(entries(fixtures.incident(number), "TASK_CLAIMED")).as("claimed once, at diagnosis").hasSize(1);
	}

	@Test
	void someoneOfTheTeamTakesOverAndBecomesTheOwner() {
		String number = report();
		fixtures.work("rita", number, "DIAGNOSIS", Map.of("outcome", "NEEDS_FIX", "findings", "Pool exhausted"));
		String hotfix = fixtures.openTask(number, "HOTFIX");

		Response claim = api.post("ravi", "/api/v1/tasks/" + hotfix + "/claim", null);
		assertThat(claim.status()).isEqualTo(409);
		assertThat(claim.body().get("detail").asText()).contains("claimed by rita", "take it over");
		assertThat(api.post("otto", "/api/v1/tasks/" + hotfix + "/take-over", null).status()).as("not of the team")
			.isEqualTo(403);
		assertThat(fixtures.incident(number).get("owner").asText()).isEqualTo("rita");

		Response taken = api.post("ravi", "/api/v1/tasks/" + hotfix + "/take-over", null);
		assertThat(taken.status()).as(taken.body().toString()).isEqualTo(200);
		assertThat(taken.body().get("assignee").asText()).isEqualTo("ravi");

		JsonNode incident = fixtures.incident(number);
		assertThat(incident.get("owner").asText()).isEqualTo("ravi");
		assertThat(lastOf(incident, "TASK_CLAIMED").at("/details/takenOverFrom").asText()).isEqualTo("rita");
		JsonNode handover = lastOf(incident, "OWNER_ASSIGNED");
		assertThat(handover.get("actor").asText()).isEqualTo("ravi");
		assertThat(handover.at("/details/from").asText()).isEqualTo("rita");
		assertThat(handover.at("/details/to").asText()).isEqualTo("ravi");

		fixtures.complete("ravi", hotfix, AbstractIncidentApiRouteTest.hotfixForm("PR-8"));
		assertThat(fixtures.incident(number).at("/openTasks/0/assignee").asText())
			.as("the verification comes to the new owner")
			.isEqualTo("ravi");
	}

	@Test
	void aManagerOrTheOwnerHandsItToANamedPersonAndBadInputChangesNothing() {
		String number = report();
		String path = "/api/v1/incidents/" + number + "/owner";
		assertThat(api.put("mona", path, Map.of("username", "ravi")).status()).as("nobody acknowledged it yet")
			.isEqualTo(409);
		acknowledge("rita", number);
		JsonNode before = fixtures.incidentWithoutSla(number);

		assertThat(api.put("ravi", path, Map.of("username", "ravi")).status()).as("not the owner, not a manager")
			.isEqualTo(403);
		assertThat(api.put("otto", path, Map.of("username", "otto")).status()).isEqualTo(403);
		Response outsider = api.put("mona", path, Map.of("username", "otto"));
		assertThat(outsider.status()).isEqualTo(400);
		assertThat(outsider.contentType()).startsWith("application/problem+json");
		assertThat(outsider.body().toString()).contains("username", "cannot work team ops");
		Response nobody = api.put("mona", path, Map.of("username", "nobody-at-all"));
		assertThat(nobody.status()).isEqualTo(400);
		assertThat(nobody.body().toString()).contains("username", "nobody known here");
		Response blank = api.put("mona", path, Map.of("username", ""));
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.body().toString()).contains("username");
		assertThat(fixtures.incidentWithoutSla(number)).as("refusals change nothing").isEqualTo(before);

		Response handed = api.put("rita", path, Map.of("username", "ravi"));
		assertThat(handed.status()).as(handed.body().toString()).isEqualTo(200);
		assertThat(handed.body().get("owner").asText()).isEqualTo("ravi");
		assertThat(handed.body().at("/openTasks/0/assignee").asText()).as("her diagnosis moves with it")
			.isEqualTo("ravi");
		assertThat(lastOf(handed.body(), "OWNER_ASSIGNED").at("/details/from").asText()).isEqualTo("rita");

		Response byManager = api.put("mona", path, Map.of("username", "mona"));
		assertThat(byManager.status()).isEqualTo(200);
		assertThat(byManager.body().get("owner").asText()).isEqualTo("mona");
	}

	@Test
	void acknowledgingTwiceIsRefusedAndMovingToAnotherTeamEndsTheOwnership() {
		String number = report();
		assertThat(api.post("otto", "/api/v1/incidents/" + number + "/acknowledge", null).status()).isEqualTo(403);
		JsonNode acknowledged = acknowledge("rita", number);
		assertThat(acknowledged.get("status").asText()).isEqualTo("ACKNOWLEDGED");
		assertThat(acknowledged.at("/openTasks/0/assignee").asText()).isEqualTo("rita");
		Response again = api.post("ravi", "/api/v1/incidents/" + number + "/acknowledge", null);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.body().get("detail").asText()).contains("rita owns it");

		Response moved = api.post("mona", "/api/v1/incidents/" + number + "/reassign",
				Map.of("team", "other", "reason", "their database"));
		assertThat(moved.status()).as(moved.body().toString()).isEqualTo(200);
		assertThat(moved.body().get("owner").isNull()).isTrue();
		assertThat(lastOf(moved.body(), "REASSIGNED").at("/details/previousOwner").asText()).isEqualTo("rita");
	}

	@Test
	void theQuickPathResolvesATrivialAlertThroughTheRoute() {
		String falseAlarm = report();
		String path = "/api/v1/incidents/" + falseAlarm + "/quick-resolve";
		JsonNode before = fixtures.incidentWithoutSla(falseAlarm);
		Response needsFix = api.post("rita", path, Map.of("outcome", "NEEDS_FIX", "findings", "broken"));
		assertThat(needsFix.status()).isEqualTo(400);
		assertThat(needsFix.body().toString()).contains("outcome");
		Response noFindings = api.post("rita", path, Map.of("outcome", "FALSE_ALARM"));
		assertThat(noFindings.status()).isEqualTo(400);
		assertThat(noFindings.body().toString()).contains("findings");
		assertThat(api.post("otto", path, Map.of("outcome", "FALSE_ALARM", "findings", "x")).status()).isEqualTo(403);
		assertThat(fixtures.incidentWithoutSla(falseAlarm)).as("refusals change nothing").isEqualTo(before);

		Response closed = api.post("rita", path, Map.of("outcome", "FALSE_ALARM", "findings", "A test alert"));
		assertThat(closed.status()).as(closed.body().toString()).isEqualTo(200);
		assertThat(closed.body().get("status").asText()).isEqualTo("CLOSED");
		assertThat(closed.body().get("resolution").asText()).isEqualTo("FALSE_ALARM");
		assertThat(closed.body().get("owner").asText()).isEqualTo("rita");
		assertThat(lastOf(closed.body(), "DIAGNOSED").at("/details/outcome").asText()).isEqualTo("FALSE_ALARM");

		String restarted = report();
		acknowledge("rita", restarted);
		// ravi, of the team, takes it over to resolve it
		Response verified = api.post("ravi", "/api/v1/incidents/" + restarted + "/quick-resolve",
				Map.of("outcome", "FIXED_BY_OPERATIONS", "findings", "Restarted the pod"));
		assertThat(verified.status()).as(verified.body().toString()).isEqualTo(200);
		assertThat(verified.body().get("status").asText()).isEqualTo("MITIGATED");
		assertThat(verified.body().get("owner").asText()).isEqualTo("ravi");
		List<JsonNode> tasks = List.copyOf(verified.body().get("openTasks").valueStream().toList());
		assertThat(tasks).hasSize(1);
		assertThat(tasks.get(0).get("stage").asText()).isEqualTo("VERIFICATION");
		assertThat(tasks.get(0).get("assignee").asText()).isEqualTo("ravi");
	}

	@Test
	void theLiveVersionMovesWithTheIncidentForWhoeverMaySeeIt() {
		String number = report();
		String path = "/live/version?topic=incident&key=" + number;
		Response first = api.get("rita", path);
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.headers().getCacheControl()).contains("no-store");
		String before = first.body().get("version").asText();
		String anyBefore = api.get("rita", "/live/version?topic=incidents").body().get("version").asText();
		assertThat(api.get("otto", path).status()).as("not his team's").isEqualTo(403);
		assertThat(api.get("rita", "/live/version?topic=nonsense").status()).isEqualTo(404);

		acknowledge("ravi", number);
		assertThat(api.get("rita", path).body().get("version").asText()).isNotEqualTo(before);
		assertThat(api.get("rita", "/live/version?topic=incidents").body().get("version").asText())
			.isNotEqualTo(anyBefore);
	}

	private JsonNode acknowledge(String user, String number) {
		Response response = api.post(user, "/api/v1/incidents/" + number + "/acknowledge", null);
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		assertThat(response.body().get("owner").asText()).isEqualTo(user);
		return response.body();
	}

	private String report() {
		return fixtures.report("rita", service, "Checkout returns 502", "LOW", "LOW");
	}

}
