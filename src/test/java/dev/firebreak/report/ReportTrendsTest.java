package dev.firebreak.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.ApiClient;
import dev.firebreak.ApiClient.Response;
import dev.firebreak.FirebreakTest;
import dev.firebreak.incident.Priority;
import dev.firebreak.security.Actor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;

import static dev.firebreak.report.AbstractReportFiguresTest.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Trends on known data in September 2030 (used by no other test): service T (team ops)
 * and U (team other). Managers see both; rita (ops) sees T only. 2030-09-02 is a Monday,
 * so the ISO weeks are 36 (2–8) and 37 (9–15). The data is built once for all tests.
 */
@FirebreakTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportTrendsTest {

	@Autowired
	ReportTestData data;

	ApiClient api;

	@BeforeAll
	void buildOnce() {
		api = data.api();
		String t = data.service("trend-t", 2, "ops");
		String u = data.service("trend-u", 2, "other");
		// T1: 600 s / 7200 s, in time; T2: 1800 s / 86400 s (resolved on the 3rd), late
		data.incident(t, Priority.P2)
			.detected("2030-09-02T10:00:00Z")
			.acknowledged("2030-09-02T10:10:00Z")
			.resolved("2030-09-02T12:00:00Z")
			.due("2030-09-02T10:30:00Z", "2030-09-02T14:00:00Z")
			.insert();
		data.incident(t, Priority.P2)
			.detected("2030-09-02T11:00:00Z")
			.acknowledged("2030-09-02T11:30:00Z")
			.resolved("2030-09-03T11:00:00Z")
			.due("2030-09-02T11:30:00Z", "2030-09-02T15:00:00Z")
			.insert();
		// T3 on the 4th: 300 s / 1800 s, in time; T4 in week 37: 1200 s / 3600 s, in time
		data.incident(t, Priority.P2)
			.detected("2030-09-04T10:00:00Z")
			.acknowledged("2030-09-04T10:05:00Z")
			.resolved("2030-09-04T10:30:00Z")
			.due("2030-09-04T10:30:00Z", "2030-09-04T18:00:00Z")
			.insert();
		data.incident(t, Priority.P2)
			.detected("2030-09-10T10:00:00Z")
			.acknowledged("2030-09-10T10:20:00Z")
			.resolved("2030-09-10T11:00:00Z")
			.due("2030-09-10T10:30:00Z", "2030-09-10T18:00:00Z")
			.insert();
		// U1: 3600 s / 10800 s, late
		data.incident(u, Priority.P2)
			.detected("2030-09-02T10:00:00Z")
			.acknowledged("2030-09-02T11:00:00Z")
			.resolved("2030-09-02T13:00:00Z")
			.due("2030-09-02T10:30:00Z", "2030-09-02T12:00:00Z")
			.insert();
		// samples: T on the 2nd 3 up 1 down, on the 3rd 2 up; U on the 2nd 2 down
		long probeT = data.probe(t);
		long probeU = data.probe(u);
		for (int i = 0; i < 4; i++) {
			data.sample(probeT, "2030-09-02T0" + i + ":00:00Z", i != 0, 100);
		}
		data.sample(probeT, "2030-09-03T01:00:00Z", true, 100);
		data.sample(probeT, "2030-09-03T02:00:00Z", true, 100);
		data.sample(probeU, "2030-09-02T01:00:00Z", false, 100);
		data.sample(probeU, "2030-09-02T02:00:00Z", false, 100);
	}

	@BeforeEach
	void setClock() {
		at("2030-10-01T00:00:00Z");
	}

	@AfterAll
	void tearDown() {
		data.deleteProbes();
		ClockUtil.reset();
	}

	@Autowired
	Trends trends;

	/**
	 * Trends asked for together (as the dashboard asks for its four) are counted from one
	 * read of their days: each must be what it is asked for alone, SLA included.
	 */
	@Test
	void trendsAskedTogetherAreEachAsAskedAlone() {
		Actor mona = new Actor("mona", Set.of("MANAGER"), Set.of());
		LocalDate from = LocalDate.parse("2030-09-02");
		LocalDate to = LocalDate.parse("2030-09-15");
		List<Trends.Ask> asks = List.of(new Trends.Ask("mtta", "week", from, to),
				new Trends.Ask("mttr", "week", from, to), new Trends.Ask("incidents", "day", to.minusDays(6), to),
				new Trends.Ask("sla", "day", from.plusDays(1), to), new Trends.Ask("uptime", "day", from, to));
		for (String team : Arrays.asList(null, "ops")) {
			List<Trend> together = trends.get(asks, team, mona);
			for (int i = 0; i < asks.size(); i++) {
				Trends.Ask ask = asks.get(i);
				assertThat(together.get(i)).as(ask + " of " + team)
					.isEqualTo(trends.get(ask.metric(), ask.by(), ask.from(), ask.to(), team, mona));
			}
		}
		assertThat(trends.get(asks, null, mona).get(0).points()).isNotEmpty();
	}

	@Test
	void meanTimesPerDay() {
		// MTTR: the 2nd T1 and U1 (7200 + 10800) / 2, the 3rd T2, the 4th T3
		assertThat(points("mona", "mttr", "day", "2030-09-02", "2030-09-04")).containsExactly(
				"2030-09-02 2030-09-02 2030-09-02 9000.0 2", "2030-09-03 2030-09-03 2030-09-03 86400.0 1",
				"2030-09-04 2030-09-04 2030-09-04 1800.0 1");
		assertThat(points("rita", "mttr", "day", "2030-09-02", "2030-09-04")).containsExactly(
				"2030-09-02 2030-09-02 2030-09-02 7200.0 1", "2030-09-03 2030-09-03 2030-09-03 86400.0 1",
				"2030-09-04 2030-09-04 2030-09-04 1800.0 1");
		// MTTA: the 2nd (600 + 1800 + 3600) / 3, nothing on the 3rd
		assertThat(points("mona", "mtta", "day", "2030-09-02", "2030-09-04")).containsExactly(
				"2030-09-02 2030-09-02 2030-09-02 2000.0 3", "2030-09-03 2030-09-03 2030-09-03 null 0",
				"2030-09-04 2030-09-04 2030-09-04 300.0 1");
		assertThat(points("rita", "mtta", "day", "2030-09-02", "2030-09-03"))
			.containsExactly("2030-09-02 2030-09-02 2030-09-02 1200.0 2", "2030-09-03 2030-09-03 2030-09-03 null 0");
	}

	@Test
	void weeksAndMonthsAreClippedToTheRange() {
		assertThat(points("mona", "incidents", "week", "2030-09-02", "2030-09-15"))
			.containsExactly("2030-W36 2030-09-02 2030-09-08 4.0 4", "2030-W37 2030-09-09 2030-09-15 1.0 1");
		assertThat(points("rita", "incidents", "week", "2030-09-02", "2030-09-15"))
			.containsExactly("2030-W36 2030-09-02 2030-09-08 3.0 3", "2030-W37 2030-09-09 2030-09-15 1.0 1");
		// (7200 + 86400 + 1800 + 10800) / 4; rita (7200 + 86400 + 1800) / 3
		assertThat(points("mona", "mttr", "week", "2030-09-02", "2030-09-15"))
			.containsExactly("2030-W36 2030-09-02 2030-09-08 26550.0 4", "2030-W37 2030-09-09 2030-09-15 3600.0 1");
		assertThat(points("rita", "mttr", "week", "2030-09-02", "2030-09-15"))
			.containsExactly("2030-W36 2030-09-02 2030-09-08 31800.0 3", "2030-W37 2030-09-09 2030-09-15 3600.0 1");
		// in time: T1, T3 of four in week 36 (T2, U1 late); T4 in week 37
		assertThat(points("mona", "sla", "week", "2030-09-02", "2030-09-15"))
			.containsExactly("2030-W36 2030-09-02 2030-09-08 50.0 4", "2030-W37 2030-09-09 2030-09-15 100.0 1");
		// a week cut by the range: Wednesday to Sunday
		assertThat(points("mona", "incidents", "week", "2030-09-04", "2030-09-09"))
			.containsExactly("2030-W36 2030-09-04 2030-09-08 1.0 1", "2030-W37 2030-09-09 2030-09-09 0.0 0");
		// (600 + 1800 + 300 + 1200 + 3600) / 5
		assertThat(points("mona", "mtta", "month", "2030-09-02", "2030-09-15"))
			.containsExactly("2030-09 2030-09-02 2030-09-15 1500.0 5");
	}

	@Test
	void uptimeFromTheSamplesOfTheServicesOneMaySee() {
		// the 2nd: T 3 of 4 up, U 0 of 2; the 3rd: T 2 of 2
		assertThat(points("mona", "uptime", "day", "2030-09-02", "2030-09-04")).containsExactly(
				"2030-09-02 2030-09-02 2030-09-02 50.0 6", "2030-09-03 2030-09-03 2030-09-03 100.0 2",
				"2030-09-04 2030-09-04 2030-09-04 null 0");
		assertThat(points("rita", "uptime", "day", "2030-09-02", "2030-09-03"))
			.containsExactly("2030-09-02 2030-09-02 2030-09-02 75.0 4", "2030-09-03 2030-09-03 2030-09-03 100.0 2");
		Response trend = api.get("rita", "/api/v1/reports/trends?metric=uptime&from=2030-09-02&to=2030-09-03");
		assertThat(trend.body().get("unit").asText()).isEqualTo("percent");
		assertThat(trend.body().get("by").asText()).isEqualTo("day");
		assertThat(trend.body().get("zone").asText()).isEqualTo("UTC");
		assertThat(trend.body().get("teams").get(0).asText()).isEqualTo("ops");
	}

	@Test
	void withoutARangeTheLastThirtyDaysUpToYesterday() {
		JsonNode trend = api.get("mona", "/api/v1/reports/trends?metric=incidents").body();

		assertThat(trend.get("from").asText()).isEqualTo("2030-09-01");
		assertThat(trend.get("to").asText()).isEqualTo("2030-09-30");
		assertThat(trend.get("points")).hasSize(30);
		assertThat(trend.get("teams").isNull()).isTrue();
	}

	/** Each point as "period from to value count". */
	private List<String> points(String user, String metric, String by, String from, String to) {
		Response response = api.get(user,
				"/api/v1/reports/trends?metric=" + metric + "&by=" + by + "&from=" + from + "&to=" + to);
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		assertThat(response.body().get("metric").asText()).isEqualTo(metric);
		List<String> points = new ArrayList<>();
		for (JsonNode point : response.body().get("points")) {
			points.add(point.get("period").asText() + " " + point.get("from").asText() + " " + point.get("to").asText()
					+ " " + (point.get("value").isNull() ? "null" : point.get("value").asDouble()) + " "
					+ point.get("count").asLong());
		}
		return points;
	}

}
