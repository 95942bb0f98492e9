package dev.firebreak.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.firebreak.ApiClient;
import dev.firebreak.ApiClient.Response;
import dev.firebreak.FirebreakTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Setting improvement goals through the API: what a manager may set, every refusal naming
 * its fields at once, and nothing stored when refused. Today is the real today here, so
 * deadlines are years ahead or behind.
 */
@FirebreakTest
class GoalApiTest {

	@Autowired
	ReportTestData data;

	@Autowired
	JdbcClient jdbc;

	ApiClient api;

	String service;

	@BeforeEach
	void setUp() {
		api = data.api();
		service = data.service("goals", 2, "ops");
	}

	@Test
	void aManagerSetsAGoalAndEveryoneWhoReadsReportsSeesIt() {
		Response created = api.post("mona", "/api/v1/goals",
				Map.of("metric", "MTTR_MINUTES", "service", service, "target", 30, "deadline", "2099-03-31"));

		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		long id = created.body().get("id").asLong();
		assertThat(created.headers().getLocation()).hasToString("/api/v1/goals/" + id);
		assertThat(created.body().get("createdBy").asText()).isEqualTo("mona");
		// no incident in the 28 days before: nothing to measure
		assertThat(created.body().get("baseline").isNull()).isTrue();
		assertThat(ids("rita")).contains(id);
		assertThat(ids("otto")).as("another team's responder").doesNotContain(id);
		assertThat(ids("audra")).contains(id);

		assertThat(api.delete("rita", "/api/v1/goals/" + id).status()).isEqualTo(403);
		assertThat(api.delete("mona", "/api/v1/goals/" + id).status()).isEqualTo(204);
		assertThat(ids("mona")).doesNotContain(id);
		assertThat(api.delete("mona", "/api/v1/goals/" + id).status()).isEqualTo(404);
		assertThat(audited("GOAL_CREATED", id)).isEqualTo(1);
		assertThat(audited("GOAL_DELETED", id)).as("once: the second delete found nothing").isEqualTo(1);
	}

	private long audited(String action, long id) {
		return jdbc.sql("select count(*) from fb_audit_log where action = ? and target = ? and actor = 'mona'")
			.params(action, "improvement goal " + id)
			.query(Long.class)
			.single();
	}

	@Test
	void everyWrongFieldIsNamedAtOnceAndNothingIsSaved() {
		long before = goals();
		Response refused = api.post("mona", "/api/v1/goals",
				Map.of("metric", "SPEED", "service", "no-such-service", "target", -5, "deadline", "2020-01-01"));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.contentType()).isEqualTo("application/problem+json");
		assertThat(fields(refused)).containsExactly("deadline", "metric", "service", "target");
		assertThat(goals()).isEqualTo(before);
	}

	@Test
	void eachRefusalSaysWhatToFix() {
		long before = goals();
		assertRefused(Map.of("service", service, "target", 30, "deadline", "2099-01-01"), "metric", "is required");
		assertRefused(Map.of("metric", "LATENCY", "service", service, "target", 30, "deadline", "2099-01-01"), "metric",
				"must be one of");
		assertRefused(
				Map.of("metric", "MTTR_MINUTES", "service", "nope-" + service, "target", 30, "deadline", "2099-01-01"),
				"service", "is not a service of the catalogue");
		assertRefused(Map.of("metric", "MTTR_MINUTES", "service", service, "target", 30, "deadline", "2001-01-01"),
				"deadline", "must be after today");
		assertRefused(Map.of("metric", "MTTR_MINUTES", "service", service, "target", 30, "deadline", "31.3.2099"),
				"deadline", "must be a date");
		assertRefused(Map.of("metric", "MTTR_MINUTES", "service", service, "deadline", "2099-01-01"), "target",
				"is required unless changePercent");
		assertRefused(Map.of("metric", "MTTR_MINUTES", "service", service, "target", 30, "changePercent", -20,
				"deadline", "2099-01-01"), "changePercent", "must be left out");
		assertRefused(Map.of("metric", "UPTIME_PERCENT", "service", service, "target", 120, "deadline", "2099-01-01"),
				"target", "at most 100");
		assertRefused(
				Map.of("metric", "MTTR_MINUTES", "service", service, "changePercent", 20, "deadline", "2099-01-01"),
				"changePercent", "must be negative");
		// nothing was measured for the new service: a change has nothing to start from
		assertRefused(
				Map.of("metric", "MTTR_MINUTES", "service", service, "changePercent", -20, "deadline", "2099-01-01"),
				"changePercent", "needs a baseline");
		assertThat(goals()).isEqualTo(before);
	}

	@Test
	void onlyManagersSetGoals() {
		long before = goals();
		for (String user : List.of("rita", "audra", "adam")) {
			Response refused = api.post(user, "/api/v1/goals",
					Map.of("metric", "MTTR_MINUTES", "service", service, "target", 30, "deadline", "2099-03-31"));
			assertThat(refused.status()).as(user).isEqualTo(403);
			assertThat(refused.contentType()).isEqualTo("application/problem+json");
		}
		assertThat(goals()).isEqualTo(before);
	}

	private void assertRefused(Map<String, Object> body, String field, String message) {
		Response refused = api.post("mona", "/api/v1/goals", new HashMap<>(body));
		assertThat(refused.status()).as(body.toString()).isEqualTo(400);
		assertThat(fields(refused)).as(body.toString()).containsExactly(field);
		assertThat(refused.body().get("errors").get(0).get("message").asText()).contains(message);
	}

	private static List<String> fields(Response response) {
		return response.body().get("errors").findValuesAsText("field");
	}

	private List<Long> ids(String user) {
		Response list = api.get(user, "/api/v1/goals");
		assertThat(list.status()).isEqualTo(200);
		return list.body().findValues("id").stream().map(node -> node.asLong()).toList();
	}

	private long goals() {
		return jdbc.sql("select count(*) from fb_improvement_goal").query(Long.class).single();
	}

}
