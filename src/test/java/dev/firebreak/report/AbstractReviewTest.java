package dev.firebreak.report;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.ApiClient;
import dev.firebreak.ApiClient.Download;
import dev.firebreak.ApiClient.Response;
import dev.firebreak.incident.Priority;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The weekly review on generated data with patterns planted in it: the review week is
 * 2036-W30 (21 to 27 July 2036), its baseline 2036-W26 to W29; no other test uses these
 * weeks. Three services of team ops:
 * <ul>
 * <li>friday: one incident a week, four of the five on a Friday between 17:00 and 19:00,
 * each resolved in 30 min;</li>
 * <li>flat: one incident a week at a different weekday and hour each, 30 min each (the
 * review week's 24 min): nothing to find;</li>
 * <li>slow: one incident a week resolved in 30 min in the baseline, then two resolved in
 * 3 h each in the review week.</li>
 * </ul>
 * Runs on H2 and on MySQL.
 */
abstract class AbstractReviewTest {

	static final String WEEK = "2036-W30";

	@Autowired
	ReportTestData data;

	ApiClient api;

	String friday;

	String flat;

	String slow;

	@BeforeEach
	void setUp() {
		api = data.api();
		friday = data.service("rv-friday", 2, "ops");
		flat = data.service("rv-flat", 2, "ops");
		slow = data.service("rv-slow", 2, "ops");
		// Fridays 17:10, 18:40, 17:55 (W26 to W28), a Tuesday 10:00 (W29), Friday 17:30
		// (W30)
		for (String start : List.of("2036-06-27T17:10:00Z", "2036-07-04T18:40:00Z", "2036-07-11T17:55:00Z",
				"2036-07-15T10:00:00Z", "2036-07-25T17:30:00Z")) {
			incident(friday, start, 30);
		}
		// Monday 03:00, Wednesday 09:00, Thursday 14:00, Saturday 20:00; Tuesday 23:00
		for (String start : List.of("2036-06-23T03:00:00Z", "2036-07-02T09:00:00Z", "2036-07-10T14:00:00Z",
				"2036-07-19T20:00:00Z")) {
			incident(flat, start, 30);
		}
		incident(flat, "2036-07-22T23:00:00Z", 24);
		for (String start : List.of("2036-06-24T08:00:00Z", "2036-07-03T12:00:00Z", "2036-07-12T06:00:00Z",
				"2036-07-17T22:00:00Z")) {
			incident(slow, start, 30);
		}
		incident(slow, "2036-07-21T09:00:00Z", 180);
		incident(slow, "2036-07-24T15:00:00Z", 180);
	}

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
	}

	@Test
	void theFridayPeakIsFoundAndTheFlatServiceGivesNoFinding() {
		at("2036-08-02T09:00:00Z");
		JsonNode review = review("mona");

		assertThat(review.get("baseline").toString())
			.isEqualTo("[\"2036-W26\",\"2036-W27\",\"2036-W28\",\"2036-W29\"]");
		List<JsonNode> fridays = findings(review, friday);
		assertThat(fridays).hasSize(1);
		JsonNode peak = fridays.get(0);
		assertThat(peak.get("rule").asText()).isEqualTo("TIME_PATTERN");
		assertThat(peak.get("text").asText()).isEqualTo(
				"4 of 5 incidents of " + friday + " (80 %) started on Friday 17:00–19:00, over 2036-W26 to 2036-W30.");
		assertThat(peak.get("figures").get("inWindow").asInt()).isEqualTo(4);
		assertThat(peak.get("figures").get("incidents").asInt()).isEqualTo(5);
		assertThat(peak.get("figures").get("weekday").asText()).isEqualTo("FRIDAY");
		assertThat(findings(review, flat)).as("a flat service").isEmpty();
		// the SLA report of the week, in the monthly report's structure
		assertThat(review.get("sla").get("period").asText()).isEqualTo(WEEK);
		assertThat(review.get("sla").get("cadence").asText()).isEqualTo("WEEK");
		assertThat(review.get("sla").get("from").asText()).isEqualTo("2036-07-21T00:00:00Z");
		assertThat(review.get("sla").get("to").asText()).isEqualTo("2036-07-28T00:00:00Z");
	}

	@Test
	void aRisingMttrAndIncidentRateAreFoundWithTheirFigures() {
		at("2036-08-02T09:00:00Z");
		JsonNode review = review("mona");

		JsonNode mttr = only(findings(review, slow), "MTTR_UP");
		// 180 min over 2 against 30 min over 4: (180 − 30) / 30 = 500 %
		assertThat(mttr.get("text").asText()).isEqualTo("MTTR of " + slow
				+ " was 180 min over 2 incidents resolved in 2036-W30, against 30 min over 4 in 2036-W26 to 2036-W29:"
				+ " up 500 %.");
		assertThat(mttr.get("figures").get("mttrMinutes").asDouble()).isCloseTo(180, within(1e-9));
		assertThat(mttr.get("figures").get("baselineMttrMinutes").asDouble()).isCloseTo(30, within(1e-9));
		assertThat(mttr.get("figures").get("mttrMinutesByPeriod").toString()).isEqualTo("[30.0,30.0,30.0,30.0,180.0]");
		// 2 against 1 a week: up 100 %
		JsonNode rate = only(findings(review, slow), "INCIDENT_RATE_UP");
		assertThat(rate.get("figures").get("opened").asInt()).isEqualTo(2);
		assertThat(rate.get("figures").get("baselineMean").asDouble()).isEqualTo(1.0);
		assertThat(rate.get("figures").get("risePercent").asDouble()).isEqualTo(100.0);
		JsonNode row = service(review, slow);
		assertThat(row.get("opened").asLong()).isEqualTo(2);
		assertThat(row.get("mttrSeconds").asDouble()).isEqualTo(10800.0);
		assertThat(row.get("baselineMttrSeconds").asDouble()).isEqualTo(1800.0);

		// a responder of another team sees none of ops' rows
		JsonNode others = review("otto");
		assertThat(findings(others, slow)).isEmpty();
		assertThat(others.get("teams").toString()).doesNotContain("\"ops\"");
	}

	@Test
	void aProbeRisingTowardItsThresholdIsFoundAndASteadyOneIsNot() {
		long rising = probe(slow, "Checkout API of " + slow);
		long steady = probe(flat, "Search API of " + flat);
		try {
			// baseline: 700 ms ten times (W26 to W29); the week: 850 ms ten times
			for (int i = 0; i < 10; i++) {
				String before = "2036-07-0" + (1 + i % 9) + "T12:0" + i % 10 + ":00Z";
				String during = "2036-07-2" + (1 + i % 6) + "T12:0" + i % 10 + ":00Z";
				data.sample(rising, before, "UP", 700);
				data.sample(rising, during, "UP", 850);
				data.sample(steady, before, "UP", 500);
				data.sample(steady, during, "UP", 500);
			}
			at("2036-08-02T09:00:00Z");
			JsonNode review = review("mona");

			// 850 ms is 85 % of 1000 ms, and (850 − 700) / 700 = 21.43 %
			JsonNode near = only(findings(review, slow), "PROBE_NEAR_THRESHOLD");
			assertThat(near.get("text").asText()).isEqualTo("Probe \"Checkout API of " + slow + "\" of " + slow
					+ ": 95th percentile response time 850 ms over 10 samples in 2036-W30, 85 % of its 1000 ms"
					+ " threshold, up 21.43 % from 700 ms in 2036-W26 to 2036-W29.");
			assertThat(near.get("figures").get("baselineSamples").asLong()).isEqualTo(10);
			assertThat(findings(review, flat)).as("a steady probe").isEmpty();
		}
		finally {
			api.delete("adam", "/api/v1/probes/" + rising);
			api.delete("adam", "/api/v1/probes/" + steady);
		}
	}

	@Test
	void followUpsOverdueAtTheEndOfTheWeekAreFound() {
		long incident = data.incident(slow, Priority.P2)
			.detected("2036-07-17T08:00:00Z")
			.acknowledged("2036-07-17T08:05:00Z")
			.resolved("2036-07-17T09:00:00Z")
			.due("2036-07-17T08:15:00Z", "2036-07-17T16:00:00Z")
			.insert();
		String number = ReportTestData.number(incident);
		at("2036-07-20T09:00:00Z");
		Response created = api.post("mona", "/api/v1/incidents/" + number + "/follow-ups",
				Map.of("title", "Add a retry budget " + slow, "owner", "rita", "dueDate", "2036-07-22"));
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		at("2036-08-02T09:00:00Z");
		JsonNode review = review("mona");

		JsonNode ops = null;
		for (JsonNode finding : review.get("findings")) {
			if (finding.get("rule").asText().equals("FOLLOW_UPS_OVERDUE")
					&& finding.get("team").asText().equals("ops")) {
				ops = finding;
			}
		}
		assertThat(ops).as("team ops' overdue follow-ups").isNotNull();
		assertThat(ops.get("figures").get("actions").toString()).contains(number + ": Add a retry budget " + slow);
		assertThat(ops.get("text").asText()).contains("of team ops", "overdue at the end of 2036-W30");
	}

	@Test
	void aServiceThatBreachesOftenIsFound() {
		String late = data.service("rv-late", 2, "ops");
		// three incidents of the week resolved 10 h after detection, 2 h past their 8 h
		for (String start : List.of("2036-07-21T08:00:00Z", "2036-07-22T08:00:00Z", "2036-07-23T08:00:00Z")) {
			incident(late, start, 600);
		}
		at("2036-08-02T09:00:00Z");
		JsonNode review = review("mona");

		JsonNode often = only(findings(review, late), "BREACHES_OFTEN");
		assertThat(often.get("text").asText()).isEqualTo(late
				+ " breached its SLA 3 times in 2036-W30 (baseline 0 per week); 0 % of 3 incidents were resolved in time.");
		assertThat(often.get("figures").get("breaches").asLong()).isEqualTo(3);
	}

	@Test
	void goalsShowTheirProgress() {
		// set on the first day of the review week: the baseline is W26 to W29
		at("2036-07-21T00:00:00Z");
		long behind = goal(Map.of("metric", "MTTR_MINUTES", "service", slow, "target", 20, "deadline", "2036-12-31"));
		long onTrack = goal(Map.of("metric", "MTTR_MINUTES", "service", flat, "target", 20, "deadline", "2036-12-31"));
		long achieved = goal(
				Map.of("metric", "MTTR_MINUTES", "service", friday, "target", 45, "deadline", "2036-12-31"));
		// 4 incidents in the 28 days before: 1 a week; 50 % fewer is 0.5
		long missed = goal(Map.of("metric", "INCIDENTS_PER_WEEK", "service", slow, "changePercent", -50, "deadline",
				"2036-07-23"));
		at("2036-08-02T09:00:00Z");
		JsonNode review = review("mona");

		// 180 min against 20
		assertGoal(review, behind, 30, 180, 20, "BEHIND");
		// (30 − 24) / (30 − 20) = 60 % of the way after 7 of 163 days
		assertGoal(review, onTrack, 30, 24, 20, "ON_TRACK");
		assertGoal(review, achieved, 30, 30, 45, "ACHIEVED");
		// 2 a week against 0.5, and the deadline passed within the week
		assertGoal(review, missed, 1, 2, 0.5, "MISSED");
	}

	@Test
	void theWorkbookHasTheSlaSheetsAndTheFindings() throws Exception {
		at("2036-08-02T09:00:00Z");
		Download workbook = api.download("mona", "/api/v1/reports/reviews/" + WEEK + ".xlsx");

		assertThat(workbook.status()).isEqualTo(200);
		assertThat(workbook.headers().getContentDisposition().getFilename())
			.isEqualTo("firebreak-review-2036-W30.xlsx");
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook.body()))) {
			List<String> sheets = new ArrayList<>();
			book.forEach(sheet -> sheets.add(sheet.getSheetName()));
			assertThat(sheets).containsExactly("Summary", "Uptime", "SLA compliance", "Breaches", "Check kinds",
					"Change failure", "Waiting", "Against baseline", "Findings", "Goals");
			assertThat(book.getSheet("Summary").getRow(2).getCell(1).getStringCellValue()).isEqualTo(WEEK);
			Sheet findings = book.getSheet("Findings");
			Row peak = null;
			for (Row row : findings) {
				if (row.getRowNum() > 0 && friday.equals(row.getCell(1).getStringCellValue())) {
					peak = row;
				}
			}
			assertThat(peak).as("the Friday peak's row").isNotNull();
			assertThat(peak.getCell(0).getStringCellValue()).isEqualTo("TIME_PATTERN");
			assertThat(peak.getCell(3).getStringCellValue()).startsWith("4 of 5 incidents of " + friday);
			assertThat(peak.getCell(4).getStringCellValue()).contains("inWindow = 4", "incidents = 5");
		}
	}

	@Test
	void aPeriodNotBegunOrUnreadableIsRefused() {
		at("2036-08-02T09:00:00Z");
		Response future = api.get("mona", "/api/v1/reports/reviews/2036-W40");
		assertThat(future.status()).isEqualTo(404);
		Response bad = api.get("mona", "/api/v1/reports/reviews/2036-W54");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.contentType()).isEqualTo("application/problem+json");
		assertThat(bad.body().toString()).contains("period");
		Response quarter = api.get("mona", "/api/v1/reports/reviews/2036-Q2");
		assertThat(quarter.status()).isEqualTo(200);
		assertThat(quarter.body().get("baseline").toString())
			.isEqualTo("[\"2035-Q2\",\"2035-Q3\",\"2035-Q4\",\"2036-Q1\"]");
	}

	private void assertGoal(JsonNode review, long id, double baseline, double current, double target, String status) {
		JsonNode goal = null;
		for (JsonNode row : review.get("goals")) {
			if (row.get("goal").get("id").asLong() == id) {
				goal = row;
			}
		}
		assertThat(goal).as("goal " + id).isNotNull();
		assertThat(goal.get("baseline").asDouble()).isCloseTo(baseline, within(1e-9));
		assertThat(goal.get("current").asDouble()).isCloseTo(current, within(1e-9));
		assertThat(goal.get("target").asDouble()).isCloseTo(target, within(1e-9));
		assertThat(goal.get("status").asText()).isEqualTo(status);
	}

	/** A disabled HTTP probe of the service, degraded above 1000 ms. */
	private long probe(String service, String name) {
		Response created = api.post("adam", "/api/v1/probes", Map.of("name", name, "url", "http://127.0.0.1:9/health",
				"service", service, "enabled", false, "degradedAboveMs", 1000));
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		return created.body().get("id").asLong();
	}

	private long goal(Map<String, Object> body) {
		Response created = api.post("mona", "/api/v1/goals", body);
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		return created.body().get("id").asLong();
	}

	private JsonNode review(String user) {
		Response response = api.get(user, "/api/v1/reports/reviews/" + WEEK);
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		return response.body();
	}

	private static List<JsonNode> findings(JsonNode review, String service) {
		List<JsonNode> found = new ArrayList<>();
		review.get("findings").forEach(finding -> {
			if (service.equals(finding.path("service").asText())) {
				found.add(finding);
			}
		});
		return found;
	}

	private static JsonNode only(List<JsonNode> findings, String rule) {
		List<JsonNode> of = findings.stream().filter(f -> f.get("rule").asText().equals(rule)).toList();
		assertThat(of).as(rule).hasSize(1);
		return of.get(0);
	}

	private static JsonNode service(JsonNode review, String name) {
		for (JsonNode row : review.get("services")) {
			if (row.get("service").asText().equals(name)) {
				return row;
			}
		}
		throw new AssertionError("no row of " + name);
	}

	private void incident(String service, String detected, int minutes) {
		Instant start = Instant.parse(detected);
		data.incident(service, Priority.P3)
			.detected(detected)
			.acknowledged(start.plusSeconds(300).toString())
			.resolved(start.plusSeconds(minutes * 60L).toString())
			.due(start.plusSeconds(900).toString(), start.plusSeconds(8 * 3600).toString())
			.insert();
	}

	static void at(String instant) {
		ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
	}

}
