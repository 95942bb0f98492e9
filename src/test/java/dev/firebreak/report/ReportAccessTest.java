package dev.firebreak.report;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.ApiClient;
import dev.firebreak.ApiClient.Response;
import dev.firebreak.FirebreakTest;
import dev.firebreak.incident.Priority;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static dev.firebreak.report.AbstractReportFiguresTest.at;
import static dev.firebreak.report.ReportAssertions.row;
import static dev.firebreak.report.ReportAssertions.rows;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who reads what: managers and admins everything, responders their teams' services
 * without organisation totals, nobody anonymous; a stored report stays as it was until a
 * manager regenerates it; bad parameters are named. Report days in October 2030 and
 * 2030-11-20, used by no other test.
 */
@FirebreakTest
class ReportAccessTest {

	@Autowired
	ReportTestData data;

	ApiClient api;

	@BeforeEach
	void setUp() {
		api = data.api();
	}

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
	}

	@Test
	void respondersSeeTheirTeamsServicesOnlyAndManagersSeeAll() {
		String x = data.service("access-x", 2, "ops");
		String y = data.service("access-y", 2, "other");
		for (String service : List.of(x, y)) {
			long resolved = resolvedOn(service, "2030-10-10");
			data.rca(resolved, "2030-10-10T12:00:00Z", "rita", "Check " + service);
			long recurrence = data.incident(service, Priority.P2)
				.detected("2030-10-10T10:00:00Z")
				.due("2030-10-10T10:30:00Z", "2030-10-10T18:00:00Z")
				.recurrenceOf(resolved)
				.insert();
			data.sameProblem(resolved, recurrence);
			// it waits an hour on a vendor: a row of the SLA report's Waiting part
			String number = ReportTestData.number(recurrence);
			at("2030-10-10T11:00:00Z");
			assertThat(api.post("mona", "/api/v1/incidents/" + number + "/waiting", Map.of("reason", "THIRD_PARTY"))
				.status()).isEqualTo(201);
			at("2030-10-10T12:00:00Z");
			assertThat(api.delete("mona", "/api/v1/incidents/" + number + "/waiting").status()).isEqualTo(200);
		}
		at("2030-11-02T00:00:00Z");

		JsonNode otto = ok("otto", "/api/v1/reports/daily/2030-10-10");
		JsonNode rita = ok("rita", "/api/v1/reports/daily/2030-10-10");
		JsonNode mona = ok("mona", "/api/v1/reports/daily/2030-10-10");
		JsonNode adam = ok("adam", "/api/v1/reports/daily/2030-10-10");

		assertThat(texts(otto.get("teams"))).containsExactly("other");
		assertThat(otto.at("/evaluation/total").isNull()).isTrue();
		for (String part : List.of("/monitoring/services", "/evaluation/services", "/learning/recurringProblems",
				"/learning/rcasCompleted", "/learning/openActionItems", "/learning/openPastSla")) {
			assertThat(otto.at(part).findValuesAsText("team")).as(part).isNotEmpty().containsOnly("other");
			assertThat(rows(otto.at(part), y)).as(part).isNotEmpty();
			assertThat(rows(otto.at(part), x)).as(part).isEmpty();
			assertThat(rita.at(part).findValuesAsText("team")).as(part).containsOnly("ops");
			assertThat(rows(rita.at(part), x)).as(part).isNotEmpty();
			assertThat(rows(mona.at(part), x, y)).as(part).hasSizeGreaterThanOrEqualTo(2);
		}
		assertThat(texts(rita.get("teams"))).containsExactly("ops");
		assertThat(mona.get("teams").isNull()).isTrue();
		assertThat(mona.at("/evaluation/total/incidentsResolved/value").asDouble()).isEqualTo(2.0);
		assertThat(adam.at("/evaluation/total/incidentsResolved/value").asDouble()).isEqualTo(2.0);

		JsonNode slaOtto = ok("otto", "/api/v1/reports/sla/2030-10");
		assertThat(slaOtto.get("services").findValuesAsText("team")).isNotEmpty().containsOnly("other");
		assertThat(slaOtto.get("breaches").findValuesAsText("team")).containsOnly("other");
		// per service: the resolved incident late on both clocks, the open one past both
		assertThat(rows(slaOtto.get("breaches"), y)).hasSize(4);
		assertThat(slaOtto.get("priorities").isNull()).isTrue();
		JsonNode slaMona = ok("mona", "/api/v1/reports/sla/2030-10");
		assertThat(rows(slaMona.get("breaches"), x, y)).hasSize(8);
		assertThat(slaMona.get("priorities")).hasSize(4);
		assertThat(row(slaMona.get("services"), x).get("team").asText()).isEqualTo("ops");
		assertThat(slaOtto.get("waiting").findValuesAsText("team")).isNotEmpty().containsOnly("other");
		assertThat(rows(slaOtto.get("waiting"), y)).hasSize(1);
		assertThat(rows(slaMona.get("waiting"), x, y)).hasSize(2);

		JsonNode trendOtto = ok("otto", "/api/v1/reports/trends?metric=incidents&from=2030-10-10&to=2030-10-10");
		assertThat(trendOtto.at("/points/0/value").asDouble()).isEqualTo(2.0);
		JsonNode trendMona = ok("mona", "/api/v1/reports/trends?metric=incidents&from=2030-10-10&to=2030-10-10");
		assertThat(trendMona.at("/points/0/value").asDouble()).isEqualTo(4.0);
	}

	@Test
	void nobodyAnonymousAndOnlyManagersAndAdminsRegenerate() {
		at("2030-11-02T00:00:00Z");
		for (String path : List.of("/api/v1/reports/daily/2030-10-20", "/api/v1/reports/sla/2030-10",
				"/api/v1/reports/trends?metric=mtta")) {
			Response anonymous = api.get(null, path);
			assertThat(anonymous.status()).as(path).isEqualTo(401);
			assertThat(anonymous.contentType()).isEqualTo("application/problem+json");
		}
		assertThat(api.download(null, "/api/v1/reports/daily/2030-10-20.xlsx").status()).isEqualTo(401);
		assertThat(api.download(null, "/api/v1/reports/sla/2030-10.xlsx").status()).isEqualTo(401);
		assertThat(api.post(null, "/api/v1/reports/daily/2030-10-20/regenerate", null).status()).isEqualTo(401);

		Response responder = api.post("rita", "/api/v1/reports/daily/2030-10-20/regenerate", null);
		assertThat(responder.status()).isEqualTo(403);
		assertThat(responder.contentType()).isEqualTo("application/problem+json");
		assertThat(api.post("adam", "/api/v1/reports/daily/2030-10-20/regenerate", null).status()).isEqualTo(200);
	}

	@Test
	void aStoredReportStaysAsItWasUntilAManagerRegeneratesIt() {
		String service = data.service("stored", 2, "ops");
		resolvedOn(service, "2030-10-21");
		at("2030-10-22T08:00:00Z");
		JsonNode first = ok("mona", "/api/v1/reports/daily/2030-10-21");
		assertThat(resolved(first, service)).isEqualTo(1.0);

		// a late change to the data: the stored report does not follow it
		resolvedOn(service, "2030-10-21");
		at("2030-10-23T08:00:00Z");
		JsonNode again = ok("rita", "/api/v1/reports/daily/2030-10-21");
		assertThat(resolved(again, service)).isEqualTo(1.0);
		assertThat(again.get("generatedAt").asText()).isEqualTo("2030-10-22T08:00:00Z");
		assertThat(again.get("generatedBy").asText()).isEqualTo("mona");

		Response regenerated = api.post("mona", "/api/v1/reports/daily/2030-10-21/regenerate", null);
		assertThat(regenerated.status()).isEqualTo(200);
		assertThat(resolved(regenerated.body(), service)).isEqualTo(2.0);
		assertThat(regenerated.body().get("generatedAt").asText()).isEqualTo("2030-10-23T08:00:00Z");
		JsonNode stored = ok("rita", "/api/v1/reports/daily/2030-10-21");
		assertThat(resolved(stored, service)).isEqualTo(2.0);
		assertThat(stored.get("generatedAt").asText()).isEqualTo("2030-10-23T08:00:00Z");
	}

	@Test
	void badParametersAreNamedAndReportsOfTheFutureDoNotExist() {
		at("2030-11-20T12:00:00Z");
		field("/api/v1/reports/daily/2030-13-01", "date");
		field("/api/v1/reports/daily/yesterday", "date");
		field("/api/v1/reports/sla/2030-13", "month");
		field("/api/v1/reports/sla/2030-10-01", "month");
		field("/api/v1/reports/trends", "metric");
		field("/api/v1/reports/trends?metric=mean", "metric");
		field("/api/v1/reports/trends?metric=mtta&by=year", "by");
		field("/api/v1/reports/trends?metric=mtta&from=2030-02-30", "from");
		field("/api/v1/reports/trends?metric=mtta&from=2030-10-02&to=2030-10-01", "from");
		field("/api/v1/reports/trends?metric=mtta&from=2028-01-01&to=2030-01-01", "to");
		assertThat(api.download("mona", "/api/v1/reports/daily/2030-13-01.xlsx").status()).isEqualTo(400);

		// the report day is today or later: not over yet
		for (String path : List.of("/api/v1/reports/daily/2030-11-20", "/api/v1/reports/daily/2031-01-01",
				"/api/v1/reports/sla/2030-12")) {
			Response missing = api.get("mona", path);
			assertThat(missing.status()).as(path).isEqualTo(404);
			assertThat(missing.contentType()).isEqualTo("application/problem+json");
			assertThat(missing.body().get("detail").asText()).contains("does not exist yet");
		}
		assertThat(api.post("mona", "/api/v1/reports/daily/2030-11-20/regenerate", null).status()).isEqualTo(404);
		assertThat(api.download("mona", "/api/v1/reports/daily/2030-11-20.xlsx").status()).isEqualTo(404);
	}

	private void field(String path, String field) {
		Response response = api.get("mona", path);
		assertThat(response.status()).as(path).isEqualTo(400);
		assertThat(response.contentType()).isEqualTo("application/problem+json");
		assertThat(response.body().get("errors").findValuesAsText("field")).as(path).containsExactly(field);
	}

	/**
	 * An incident of the service detected and resolved late on the day, with two
	 * breaches.
	 */
	private long resolvedOn(String service, String day) {
		return data.incident(service, Priority.P2)
			.detected(day + "T08:00:00Z")
			.acknowledged(day + "T09:00:00Z")
			.resolved(day + "T20:00:00Z")
			.due(day + "T08:30:00Z", day + "T16:00:00Z")
			.insert();
	}

	private static double resolved(JsonNode report, String service) {
		return row(report.at("/evaluation/services"), service).at("/figures/incidentsResolved/value").asDouble();
	}

	private JsonNode ok(String user, String path) {
		Response response = api.get(user, path);
		assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
		return response.body();
	}

	private static List<String> texts(JsonNode array) {
		List<String> texts = new java.util.ArrayList<>();
		array.forEach(node -> texts.add(node.asText()));
		return texts;
	}

}
