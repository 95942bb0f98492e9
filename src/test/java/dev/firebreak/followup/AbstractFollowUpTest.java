package dev.firebreak.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.ApiClient;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.notify.NotifyFixtures;
import dev.firebreak.report.ReportTestData;
import dev.firebreak.security.Role;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The follow-up lifecycle over the API, on H2 and on MariaDB: who may add and change an
 * action, bad input named field by field with nothing stored, the RCA completion rule
 * (required actions done or accepted as risk by a manager), and the actions in the daily
 * report's Learning section. Each test has a team, people, a service and an incident of
 * its own, and a clock of its own.
 */
abstract class AbstractFollowUpTest {

	@Autowired
	NotifyFixtures fixtures;

	@Autowired
	ReportTestData reports;

	@Autowired
	IncidentService incidents;

	Instant start;

	String team;

	String responder;

	String manager;

	String number;

	@BeforeEach
	void setUp() {
		start = Instant.parse("2034-03-06T10:00:00Z").plusSeconds((long) (Math.random() * 86_400 * 300));
		ClockUtil.setCurrentTime(Date.from(start));
		team = fixtures.team();
		responder = fixtures.person("fu", Role.RESPONDER, team);
		manager = fixtures.person("fm", Role.MANAGER, team);
		number = fixtures.reportP1(responder, fixtures.service(team), "Card payments time out");
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void theTeamAddsAndWorksAnActionAndOnlyAManagerAcceptsARisk() {
		ApiClient api = fixtures.api();
		ApiClient.Response created = api.post(responder, path(), action("Add a retry budget", responder, in(7)));
		assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
		JsonNode action = created.body();
		assertThat(action.get("incident").asText()).isEqualTo(number);
		assertThat(action.get("team").asText()).as("the incident's team by default").isEqualTo(team);
		assertThat(action.get("status").asText()).isEqualTo("OPEN");
		assertThat(action.get("required").asBoolean()).isTrue();
		assertThat(action.get("overdue").asBoolean()).isFalse();
		String one = "/api/v1/follow-ups/" + action.get("id").asLong();
		assertThat(created.headers().getLocation()).hasToString(one);

		String outsider = fixtures.person("fo", Role.RESPONDER, fixtures.team());
		assertThat(api.post(outsider, path(), action("Not mine", outsider, in(3))).status()).isEqualTo(403);
		assertThat(api.post("audra", path(), action("Auditors change nothing", "audra", in(3))).status())
			.isEqualTo(403);
		assertThat(api.get(outsider, one).status()).as("cannot see the incident").isEqualTo(403);

		Map<String, Object> working = action("Add a retry budget", responder, in(7));
		working.put("status", "IN_PROGRESS");
		working.put("ticketUrl", "https://tracker.example.com/OPS-12");
		ApiClient.Response changed = api.put(responder, one, working);
		assertThat(changed.status()).as("%s", changed.body()).isEqualTo(200);
		assertThat(changed.body().get("status").asText()).isEqualTo("IN_PROGRESS");
		assertThat(changed.body().get("ticketUrl").asText()).isEqualTo("https://tracker.example.com/OPS-12");

		Map<String, Object> accepting = action("Add a retry budget", responder, in(7));
		accepting.put("status", "RISK_ACCEPTED");
		accepting.put("riskReason", "The card provider retires this API next month.");
		assertThat(api.put(responder, one, accepting).status()).as("a responder may not accept a risk").isEqualTo(403);
		accepting.remove("riskReason");
		ApiClient.Response noReason = api.put(manager, one, accepting);
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(fields(noReason)).containsExactly("riskReason");
		accepting.put("riskReason", "The card provider retires this API next month.");
		ApiClient.Response accepted = api.put(manager, one, accepting);
		assertThat(accepted.status()).as("%s", accepted.body()).isEqualTo(200);
		assertThat(accepted.body().get("closedBy").asText()).isEqualTo(manager);
		assertThat(api.put(responder, one, working).status()).as("an accepted risk is the managers' now")
			.isEqualTo(403);
		assertThat(api.get(responder, one).body().get("status").asText()).isEqualTo("RISK_ACCEPTED");
	}

	@Test
	void badInputIsNamedFieldByFieldAndNothingIsStored() {
		ApiClient api = fixtures.api();
		Map<String, Object> bad = new HashMap<>();
		bad.put("title", " ");
		bad.put("owner", "nobody-" + System.nanoTime());
		bad.put("team", "no-such-team");
		bad.put("dueDate", "next Friday");
		bad.put("ticketUrl", "javascript:alert(1)");
		bad.put("status", "FINISHED");
		ApiClient.Response refused = api.post(responder, path(), bad);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.contentType()).isEqualTo("application/problem+json");
		assertThat(fields(refused)).containsExactly("dueDate", "owner", "status", "team", "ticketUrl", "title");

		ApiClient.Response past = api.post(responder, path(), action("Too late", responder, in(-1)));
		assertThat(past.status()).isEqualTo(400);
		assertThat(fields(past)).containsExactly("dueDate");
		assertThat(api.get(responder, path()).body().get("followUps")).as("nothing stored").isEmpty();
		assertThat(api.get(responder, "/api/v1/follow-ups/999999999").status()).isEqualTo(404);
	}

	@Test
	void anRcaIsCompleteOnlyWhenItsRequiredActionsAreDoneOrAcceptedAsRisk() {
		ApiClient api = fixtures.api();
		long id = incidents.get(number).id();
		assertThat(rca().get("state").asText()).isEqualTo("NOT_RECORDED");
		reports.rca(id, at(start.plusSeconds(60)), responder, "Retry budget; alert on latency");
		assertThat(rca().get("state").asText()).as("no actions: the root cause is enough").isEqualTo("COMPLETE");

		long retry = create(action("Add a retry budget", responder, in(7)));
		long alert = create(action("Alert on latency", responder, in(14)));
		Map<String, Object> optional = action("Write a blog post", responder, in(30));
		optional.put("required", false);
		create(optional);
		assertThat(rca().get("state").asText()).isEqualTo("AWAITING_ACTIONS");
		assertThat(rca().get("required").asInt()).isEqualTo(2);
		assertThat(rca().get("settled").asInt()).isZero();

		Map<String, Object> done = action("Add a retry budget", responder, in(7));
		done.put("status", "DONE");
		assertThat(api.put(responder, "/api/v1/follow-ups/" + retry, done).status()).isEqualTo(200);
		assertThat(rca().get("state").asText()).isEqualTo("AWAITING_ACTIONS");
		assertThat(rca().get("settled").asInt()).isEqualTo(1);

		Map<String, Object> risk = action("Alert on latency", responder, in(14));
		risk.put("status", "RISK_ACCEPTED");
		risk.put("riskReason", "Latency is covered by the provider's own alerting.");
		assertThat(api.put(manager, "/api/v1/follow-ups/" + alert, risk).status()).isEqualTo(200);
		assertThat(rca().get("state").asText()).as("the optional one does not hold it open").isEqualTo("COMPLETE");

		done.put("status", "OPEN");
		assertThat(api.put(responder, "/api/v1/follow-ups/" + retry, done).status()).isEqualTo(200);
		assertThat(rca().get("state").asText()).as("reopened").isEqualTo("AWAITING_ACTIONS");
	}

	@Test
	void theDailyReportCountsTheDaysActionsAndListsTheOverdueOnes() {
		ApiClient api = fixtures.api();
		long late = create(action("Add a retry budget", responder, in(1)));
		long done = create(action("Alert on latency", responder, in(1)));
		Map<String, Object> finished = action("Alert on latency", responder, in(1));
		finished.put("status", "DONE");
		assertThat(api.put(responder, "/api/v1/follow-ups/" + done, finished).status()).isEqualTo(200);

		LocalDate day = LocalDate.ofInstant(start, ZoneOffset.UTC).plusDays(2);
		ClockUtil.setCurrentTime(Date.from(start.plusSeconds(4 * 86_400)));
		JsonNode learning = api.post(manager, "/api/v1/reports/daily/" + day + "/regenerate", null)
			.body()
			.get("learning");
		List<String> overdue = learning.get("overdueFollowUps").findValuesAsText("title");
		assertThat(learning.get("overdueFollowUps").findValuesAsText("incident")).contains(number);
		assertThat(overdue).contains("Add a retry budget").doesNotContain("Alert on latency");
		assertThat(api.get(manager, "/api/v1/reports/daily/" + day)
			.body()
			.get("learning")
			.get("overdueFollowUps")
			.findValuesAsText("title")).as("as stored").isEqualTo(overdue);

		JsonNode startDay = api
			.post(manager, "/api/v1/reports/daily/" + LocalDate.ofInstant(start, ZoneOffset.UTC) + "/regenerate", null)
			.body()
			.get("learning")
			.get("followUps");
		assertThat(startDay.get("created").asLong()).as("both, and maybe others' of that day")
			.isGreaterThanOrEqualTo(2);
		assertThat(startDay.get("done").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(api.get(responder, "/api/v1/follow-ups/overdue").body().findValuesAsText("id"))
			.contains(Long.toString(late))
			.doesNotContain(Long.toString(done));
	}

	JsonNode rca() {
		ApiClient.Response response = fixtures.api().get(responder, path());
		assertThat(response.status()).isEqualTo(200);
		return response.body().get("rca");
	}

	long create(Map<String, Object> action) {
		ApiClient.Response created = fixtures.api().post(responder, path(), action);
		assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
		return created.body().get("id").asLong();
	}

	String path() {
		return "/api/v1/incidents/" + number + "/follow-ups";
	}

	/** A date {@code days} from the test's start. */
	String in(int days) {
		return LocalDate.ofInstant(start, ZoneOffset.UTC).plusDays(days).toString();
	}

	static Map<String, Object> action(String title, String owner, String dueDate) {
		Map<String, Object> action = new HashMap<>();
		action.put("title", title);
		action.put("owner", owner);
		action.put("dueDate", dueDate);
		return action;
	}

	static List<String> fields(ApiClient.Response response) {
		return response.body().get("errors").findValuesAsText("field");
	}

	static String at(Instant instant) {
		return instant.toString();
	}

}
