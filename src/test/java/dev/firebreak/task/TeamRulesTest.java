package dev.firebreak.task;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.ApiClient;
import dev.firebreak.ApiClient.Response;
import dev.firebreak.FirebreakTest;
import dev.firebreak.incident.Impact;
import dev.firebreak.incident.NewIncident;
import dev.firebreak.incident.Severity;
import dev.firebreak.incident.web.IncidentRequests;
import dev.firebreak.incident.web.IncidentWorkService;
import dev.firebreak.security.ActionDeniedException;
import dev.firebreak.security.Actor;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static dev.firebreak.task.TaskFixtures.lastOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Teams decide what a responder sees and works; managers see and work everything, take
 * over tasks and move incidents between teams.
 */
@FirebreakTest
class TeamRulesTest {

	@Autowired
	TaskFixtures fixtures;

	@Autowired
	IncidentWorkService incidentWork;

	@Autowired
	VisibleIncidents visible;

	@Autowired
	TaskWorkService taskWork;

	@Autowired
	TaskService engineTasks;

	ApiClient api;

	String opsService;

	String otherService;

	@BeforeEach
	void setUp() {
		api = fixtures.api();
		opsService = fixtures.service("ops-svc", 2, "ops");
		otherService = fixtures.service("other-svc", 2, "other");
	}

	@Test
	void respondersListTheirTeamsIncidentsOnlyWhileEveryoneElseSeesAll() {
		String ops = report(opsService);
		String other = report(otherService);

		assertThat(numbers("rita", "")).contains(ops).doesNotContain(other);
		assertThat(numbers("otto", "")).contains(other).doesNotContain(ops);
		assertThat(numbers("rita", "&team=other")).isEmpty();
		assertThat(numbers("rita", "&service=" + otherService)).isEmpty();
		for (String everyTeam : List.of("mona", "audra", "adam")) {
			assertThat(numbers(everyTeam, "")).as(everyTeam).contains(ops, other);
		}
	}

	@Test
	void auditorsAndManagersSeeEveryTeamsTasks() {
		String ops = report(opsService);
		String other = report(otherService);

		for (String person : List.of("audra", "mona", "adam")) {
			assertThat(api.get(person, "/api/v1/tasks?scope=all").body().findValuesAsText("incidentNumber")).as(person)
				.contains(ops, other);
		}
		assertThat(api.get("audra", "/api/v1/tasks?scope=team").body()).as("an auditor has no queue").isEmpty();
	}

	@Test
	void aManagerCompletesATaskSomeoneElseClaimedAndTheTimelineSaysSo() {
		String number = report(opsService);
		String task = fixtures.openTask(number);
		fixtures.claim("rita", task);

		Response completed = api.post("mona", "/api/v1/tasks/" + task + "/complete",
				Map.of("outcome", "NEEDS_FIX", "findings", "Certificate expired"));

		assertThat(completed.status()).isEqualTo(204);
		JsonNode incident = fixtures.incident(number);
		assertThat(incident.at("/openTasks/0/stage").asText()).isEqualTo("HOTFIX");
		JsonNode takeover = lastOf(incident, "TASK_CLAIMED");
		assertThat(takeover.get("actor").asText()).isEqualTo("mona");
		assertThat(takeover.at("/details/takenOverFrom").asText()).isEqualTo("rita");
		assertThat(lastOf(incident, "DIAGNOSED").get("actor").asText()).isEqualTo("mona");
	}

	@Test
	void aManagerCompletingAnUnclaimedDiagnosisAcknowledgesTheIncident() {
		String number = report(opsService);

		Response completed = api.post("mona", "/api/v1/tasks/" + fixtures.openTask(number) + "/complete",
				Map.of("outcome", "FALSE_ALARM", "findings", "Test alert"));

		assertThat(completed.status()).isEqualTo(204);
		JsonNode incident = fixtures.incident(number);
		assertThat(incident.get("status").asText()).isEqualTo("CLOSED");
		assertThat(lastOf(incident, "ACKNOWLEDGED").get("actor").asText()).isEqualTo("mona");
		assertThat(lastOf(incident, "TASK_CLAIMED").at("/details/takenOverFrom").asText()).isEqualTo("(unclaimed)");
	}

	@Test
	void aTakeoverWithAnIncompleteFormChangesNothing() {
		String number = report(opsService);
		String task = fixtures.openTask(number);
		fixtures.claim("rita", task);
		JsonNode before = fixtures.incidentWithoutSla(number);

		Response refused = api.post("mona", "/api/v1/tasks/" + task + "/complete", Map.of("findings", "x"));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(fixtures.incidentWithoutSla(number)).isEqualTo(before);
		assertThat(before.at("/openTasks/0/assignee").asText()).isEqualTo("rita");
	}

	@Test
	void aManagerReassignsAnIncidentAndItsWorkToAnotherTeam() {
		String number = report(opsService);
		String task = fixtures.openTask(number);
		fixtures.claim("rita", task);

		Response reassigned = api.post("mona", "/api/v1/incidents/" + number + "/reassign",
				Map.of("team", "other", "reason", "It is the other team's certificate"));

		assertThat(reassigned.status()).isEqualTo(200);
		assertThat(reassigned.body().get("team").asText()).isEqualTo("other");
		assertThat(reassigned.body().at("/openTasks/0/team").asText()).isEqualTo("other");
		assertThat(reassigned.body().at("/openTasks/0/assignee").isNull()).as("rita's claim ends").isTrue();
		JsonNode entry = lastOf(reassigned.body(), "REASSIGNED");
		assertThat(entry.at("/details/from").asText()).isEqualTo("ops");
		assertThat(entry.at("/details/to").asText()).isEqualTo("other");
		assertThat(api.get("rita", "/api/v1/tasks?scope=team").body().findValuesAsText("id")).doesNotContain(task);
		assertThat(api.get("otto", "/api/v1/tasks?scope=team").body().findValuesAsText("id")).contains(task);
		assertThat(api.get("rita", "/api/v1/incidents/" + number).status()).isEqualTo(403);
		assertThat(engineTasks.createTaskQuery().taskId(task).taskCandidateGroup("other").count()).isOne();
		assertThat(engineTasks.createTaskQuery().taskId(task).taskCandidateGroup("ops").count()).isZero();
		assertThat(engineTasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();

		assertThat(api.post("otto", "/api/v1/tasks/" + task + "/claim", null).status()).isEqualTo(200);
		assertThat(api
			.post("otto", "/api/v1/tasks/" + task + "/complete", Map.of("outcome", "NEEDS_FIX", "findings", "Renew it"))
			.status()).isEqualTo(204);
		assertThat(fixtures.incident(number).at("/openTasks/0/team").asText()).as("later tasks follow")
			.isEqualTo("other");
		assertThat(api.post("rita", "/api/v1/tasks/" + fixtures.openTask(number) + "/claim", null).status())
			.isEqualTo(403);
	}

	@Test
	void reassigningNeedsAnEnabledOtherTeamAndAnOpenIncident() {
		String number = report(opsService);
		JsonNode before = fixtures.incidentWithoutSla(number);

		Response unknown = api.post("mona", "/api/v1/incidents/" + number + "/reassign",
				Map.of("team", "no-such-team", "reason", "r"));
		Response same = api.post("mona", "/api/v1/incidents/" + number + "/reassign",
				Map.of("team", "ops", "reason", "r"));

		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.body().get("errors").findValuesAsText("field")).containsExactly("team");
		assertThat(same.status()).isEqualTo(409);
		assertThat(fixtures.incidentWithoutSla(number)).isEqualTo(before);
	}

	@Test
	void theServicesRefuseWhateverDoorTheCallComesThrough() {
		String number = report(opsService);
		String task = fixtures.openTask(number);
		Actor responder = new Actor("rita", Set.of("RESPONDER"), Set.of("ops"));
		Actor otherResponder = new Actor("otto", Set.of("RESPONDER"), Set.of("other"));
		Actor auditor = new Actor("audra", Set.of("AUDITOR"), Set.of("ops"));

		assertThatThrownBy(() -> incidentWork.escalate(number, new IncidentRequests.Escalate("r"), responder))
			.isInstanceOf(ActionDeniedException.class);
		assertThatThrownBy(() -> visible.get(number, otherResponder)).isInstanceOf(ActionDeniedException.class);
		assertThatThrownBy(
				() -> incidentWork.report(new NewIncident("x", null, opsService, Severity.LOW, Impact.LOW), auditor))
			.isInstanceOf(ActionDeniedException.class);
		assertThatThrownBy(() -> taskWork.claim(task, auditor)).as("an auditor in the team still changes nothing")
			.isInstanceOf(ActionDeniedException.class);
		assertThatThrownBy(() -> taskWork.queue(responder, Scope.all)).isInstanceOf(ActionDeniedException.class);
		assertThat(fixtures.incident(number).get("escalationLevel").asInt()).isZero();
		assertThat(fixtures.incident(number).at("/openTasks/0/assignee").isNull()).isTrue();
	}

	private String report(String service) {
		return fixtures.report("mona", service, "Certificate expired", "HIGH", "MEDIUM");
	}

	private List<String> numbers(String person, String query) {
		Response response = api.get(person, "/api/v1/incidents?size=200" + query);
		assertThat(response.status()).isEqualTo(200);
		return response.body().get("items").findValuesAsText("number");
	}

}
