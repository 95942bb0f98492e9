package dev.firebreak.sla;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.ApiClient;
import dev.firebreak.ApiClient.Download;
import dev.firebreak.ApiClient.Response;
import dev.firebreak.FirebreakTest;
import dev.firebreak.incident.Priority;
import dev.firebreak.report.ReportTestData;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.firebreak.sla.AbstractSlaPolicyTest.at;
import static dev.firebreak.sla.AbstractSlaPolicyTest.created;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SLA golden cases, read three ways: the incident's own JSON (what its page shows), the
 * monthly report and the issue-log workbook must give every clock the same due time, the
 * same stop and the same verdict, and each must be the figure worked out by hand below.
 * One service, measured in the business hours of a Berlin office (Monday to Friday,
 * 09:00-17:00, Thursday 17 March a holiday) over March 2039, which no other test uses;
 * summer time begins on Sunday 27 March (the office opens at 08:00 UTC before, 07:00 UTC
 * after). The policy then changes to calendar time, and back: the past figures follow
 * each time, in all three places.
 */
@FirebreakTest
class SlaFiguresAgreeTest {

	/** When all three are read: after the month. */
	static final Instant NOW = Instant.parse("2039-04-02T00:00:00Z");

	@Autowired
	ReportTestData data;

	@Autowired
	JdbcClient jdbc;

	ApiClient api;

	String service;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	/**
	 * One incident: when it was detected, acknowledged and resolved (null: not yet), the
	 * times it waited, and the due times by hand under the business-hours policy and
	 * under the calendar-time one.
	 */
	record Case(String name, String detected, String acknowledged, String resolved, List<String> waits,
			String acknowledgeDue, String resolveDue, String acknowledgeDueInCalendarTime,
			String resolveDueInCalendarTime) {
	}

	static final List<Case> CASES = List.of(
			// Friday 16:30 Berlin: half an hour on Friday, the rest from Monday 09:00
			new Case("across a weekend", "2039-03-04T15:30:00Z", "2039-03-07T08:20:00Z", "2039-03-08T09:00:00Z",
					List.of(), "2039-03-07T08:30:00Z", "2039-03-07T15:30:00Z", "2039-03-04T16:30:00Z",
					"2039-03-04T23:30:00Z"),
			// Wednesday 16:30; Thursday is a holiday; the rest on Friday
			new Case("across a holiday", "2039-03-16T15:30:00Z", "2039-03-18T09:00:00Z", "2039-03-18T14:00:00Z",
					List.of(), "2039-03-18T08:30:00Z", "2039-03-18T15:30:00Z", "2039-03-16T16:30:00Z",
					"2039-03-16T23:30:00Z"),
			// Friday 16:00 CET; an hour on Friday, seven from Monday 09:00 CEST (07:00
			// UTC)
			new Case("across the change to summer time", "2039-03-25T15:00:00Z", "2039-03-25T15:10:00Z",
					"2039-03-28T14:30:00Z", List.of(), "2039-03-25T16:00:00Z", "2039-03-28T14:00:00Z",
					"2039-03-25T16:00:00Z", "2039-03-25T23:00:00Z"),
			// Tuesday 10:00, waits an hour from 10:15
			new Case("a wait inside a business day", "2039-03-01T09:00:00Z", "2039-03-01T10:50:00Z",
					"2039-03-02T10:30:00Z", List.of("2039-03-01T09:15:00Z", "2039-03-01T10:15:00Z"),
					"2039-03-01T11:00:00Z", "2039-03-02T10:00:00Z", "2039-03-01T11:00:00Z", "2039-03-01T18:00:00Z"),
			// Wednesday 15:30, waits from 16:00 until Thursday 11:00
			new Case("a wait across business days", "2039-03-09T14:30:00Z", "2039-03-10T10:20:00Z",
					"2039-03-11T09:00:00Z", List.of("2039-03-09T15:00:00Z", "2039-03-10T10:00:00Z"),
					"2039-03-10T10:30:00Z", "2039-03-11T09:30:00Z", "2039-03-10T10:30:00Z", "2039-03-10T17:30:00Z"),
			// Monday 10:30, maintenance from 11:00 to 13:00 (the window below)
			new Case("maintenance excluded", "2039-03-14T09:30:00Z", "2039-03-14T12:10:00Z", "2039-03-15T12:00:00Z",
					List.of(), "2039-03-14T12:30:00Z", "2039-03-15T11:30:00Z", "2039-03-14T10:30:00Z",
					"2039-03-14T17:30:00Z"),
			// Tuesday 10:00 CEST, nobody took it: both clocks overdue and still running
			new Case("still running", "2039-03-29T08:00:00Z", null, null, List.of(), "2039-03-29T09:00:00Z",
					"2039-03-30T08:00:00Z", "2039-03-29T09:00:00Z", "2039-03-29T16:00:00Z"));

	@Test
	void theIncidentPageTheMonthlyReportAndTheIssueLogGiveTheSameFigures() throws Exception {
		at("2039-02-01T00:00:00Z");
		api = data.api();
		service = data.service("sla-golden", 2, "ops");
		long calendar = created(api.post("adam", "/api/v1/sla-calendars", AbstractSlaPolicyTest
			.calendar("Berlin office " + service, "Europe/Berlin", List.of("2039-03-17"), 2039, 2039)));
		long policy = created(api.post("adam", "/api/v1/sla-policies", policy("BUSINESS_HOURS", calendar, true)));
		Response window = api.post("mona", "/api/v1/maintenance-windows", Map.of("service", service, "startsAt",
				"2039-03-14T10:00:00Z", "endsAt", "2039-03-14T12:00:00Z", "description", "Database upgrade"));
		assertThat(window.status()).as(window.body().toString()).isEqualTo(201);
		Map<Case, String> incidents = new LinkedHashMap<>();
		for (Case golden : CASES) {
			incidents.put(golden, insert(golden));
		}
		at(NOW.toString());

		assertAllThreeAgree(incidents, true);
		assertPausesSheet(incidents);

		Response calendarTime = api.put("adam", "/api/v1/sla-policies/" + policy, policy("CALENDAR_TIME", null, false));
		assertThat(calendarTime.status()).as(calendarTime.body().toString()).isEqualTo(200);
		assertAllThreeAgree(incidents, false);

		Response back = api.put("adam", "/api/v1/sla-policies/" + policy, policy("BUSINESS_HOURS", calendar, true));
		assertThat(back.status()).as(back.body().toString()).isEqualTo(200);
		assertAllThreeAgree(incidents, true);
		assertThat(api.delete("adam", "/api/v1/sla-policies/" + policy).status()).isEqualTo(204);
	}

	/** One clock of one incident as a reader sees it. */
	record Figure(String incident, String clock, Instant due, Instant stoppedAt, boolean breached) {

		/** From due to the stop, or to {@link #NOW} while it runs; null when met. */
		Duration late() {
			return breached ? Duration.between(due, stoppedAt != null ? stoppedAt : NOW) : null;
		}

		/** The Incidents sheet's word for it. */
		String state() {
			if (stoppedAt != null) {
				return breached ? "breached" : "met";
			}
			return breached ? "overdue" : "running";
		}

		String breach() {
			return incident + " " + clock + " due " + due + " stopped " + stoppedAt + " late " + late();
		}

	}

	private void assertAllThreeAgree(Map<Case, String> incidents, boolean businessHours) throws Exception {
		List<Figure> page = new ArrayList<>();
		for (Map.Entry<Case, String> incident : incidents.entrySet()) {
			Case golden = incident.getKey();
			JsonNode sla = ok("/api/v1/incidents/" + incident.getValue()).get("sla");
			Figure acknowledge = figure(incident.getValue(), "acknowledge", sla.get("acknowledge"));
			Figure resolve = figure(incident.getValue(), "resolve", sla.get("resolve"));
			assertThat(acknowledge).as(golden.name())
				.isEqualTo(expected(incident.getValue(), "acknowledge",
						businessHours ? golden.acknowledgeDue() : golden.acknowledgeDueInCalendarTime(),
						golden.acknowledged()));
			assertThat(resolve).as(golden.name())
				.isEqualTo(expected(incident.getValue(), "resolve",
						businessHours ? golden.resolveDue() : golden.resolveDueInCalendarTime(), golden.resolved()));
			page.add(acknowledge);
			page.add(resolve);
		}
		List<String> breaches = page.stream().filter(Figure::breached).map(Figure::breach).toList();
		assertThat(breaches).as("some clocks of each kind breached").isNotEmpty().hasSizeLessThan(page.size());

		// the monthly report: the same breaches, and the compliance counted from the same
		// verdicts
		JsonNode report = ok("/api/v1/reports/sla/2039-03");
		List<String> reported = new ArrayList<>();
		for (JsonNode breach : report.get("breaches")) {
			if (breach.get("service").asText().equals(service)) {
				Instant stopped = instant(breach.get("stoppedAt"));
				Instant due = instant(breach.get("dueAt"));
				Duration late = Duration.ofMillis(Math.round(breach.get("lateSeconds").asDouble() * 1000));
				reported
					.add(new Figure(breach.get("incident").asText(), breach.get("clock").asText(), due, stopped, true)
						.breach());
				assertThat(late).isEqualTo(Duration.between(due, stopped != null ? stopped : NOW));
			}
		}
		assertThat(reported).as("the report's breaches").containsExactlyInAnyOrderElementsOf(breaches);
		JsonNode p2 = report.get("services")
			.valueStream()
			.filter(row -> row.get("service").asText().equals(service))
			.findFirst()
			.orElseThrow()
			.get("priorities")
			.valueStream()
			.filter(row -> row.get("priority").asText().equals("P2"))
			.findFirst()
			.orElseThrow();
		assertThat(p2.get("acknowledged").asLong()).isEqualTo(count(page, "acknowledge", false));
		assertThat(p2.get("acknowledgedWithinSla").asLong()).isEqualTo(count(page, "acknowledge", true));
		assertThat(p2.get("resolved").asLong()).isEqualTo(count(page, "resolve", false));
		assertThat(p2.get("resolvedWithinSla").asLong()).isEqualTo(count(page, "resolve", true));
		assertWaiting(incidents, page, report);

		// the issue log: the Incidents sheet's due times and verdicts, and the SLA
		// breaches sheet
		try (XSSFWorkbook workbook = workbook()) {
			XSSFSheet incidentsSheet = workbook.getSheet("Incidents");
			for (Figure figure : page) {
				Map<String, Cell> row = row(incidentsSheet, "Number", figure.incident()).get(0);
				String name = figure.clock().equals("acknowledge") ? "Acknowledge" : "Resolve";
				assertThat(time(row.get(name + " due"))).as(figure.breach()).isEqualTo(figure.due());
				assertThat(row.get(name + " SLA").getStringCellValue()).as(figure.breach()).isEqualTo(figure.state());
			}
			List<String> sheet = new ArrayList<>();
			for (Map<String, Cell> row : rows(workbook.getSheet("SLA breaches"))) {
				Figure figure = new Figure(row.get("Incident").getStringCellValue(),
						row.get("Clock").getStringCellValue(), time(row.get("Due")), time(row.get("Stopped at")), true);
				sheet.add(figure.breach());
				assertThat(Math.round(row.get("Late by").getNumericCellValue() * 86_400))
					.isEqualTo(figure.late().toSeconds());
			}
			assertThat(sheet).as("the workbook's breaches").containsExactlyInAnyOrderElementsOf(breaches);
		}
	}

	/**
	 * The report's Waiting part, in its JSON and its workbook: each incident that waited,
	 * how long, on what, and the due times its page shows.
	 */
	private void assertWaiting(Map<Case, String> incidents, List<Figure> page, JsonNode report) throws Exception {
		List<String> expected = new ArrayList<>();
		for (Map.Entry<Case, String> incident : incidents.entrySet()) {
			List<String> waits = incident.getKey().waits();
			if (waits.isEmpty()) {
				continue;
			}
			Duration waited = Duration.ZERO;
			for (int i = 0; i < waits.size(); i += 2) {
				waited = waited.plus(Duration.between(Instant.parse(waits.get(i)), Instant.parse(waits.get(i + 1))));
			}
			Instant acknowledgeDue = due(page, incident.getValue(), "acknowledge");
			Instant resolveDue = due(page, incident.getValue(), "resolve");
			expected.add(incident.getValue() + " P2 " + waits.size() / 2 + " waits " + waited + " THIRD_PARTY "
					+ acknowledgeDue + " " + resolveDue);
		}
		assertThat(expected).as("the golden cases have waits").hasSize(2);
		List<String> reported = report.get("waiting")
			.valueStream()
			.filter(row -> row.get("service").asText().equals(service))
			.map(row -> row.get("incident").asText() + " " + row.get("priority").asText() + " "
					+ row.get("waits").asInt() + " waits "
					+ Duration.ofMillis(Math.round(row.get("waitedSeconds").asDouble() * 1000)) + " "
					+ row.get("reasons").get(0).asText() + " " + instant(row.get("acknowledgeDueAt")) + " "
					+ instant(row.get("resolveDueAt")))
			.toList();
		assertThat(reported).as("the report's Waiting part").containsExactlyElementsOf(expected);
		Download download = api.download("mona", "/api/v1/reports/sla/2039-03.xlsx");
		assertThat(download.status()).isEqualTo(200);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
			assertThat(rows(workbook.getSheet("Waiting")).stream()
				.filter(row -> row.get("Service").getStringCellValue().equals(service))
				.map(row -> row.get("Incident").getStringCellValue() + " " + row.get("Priority").getStringCellValue()
						+ " " + (int) row.get("Waits").getNumericCellValue() + " waits "
						+ Duration.ofSeconds(Math.round(row.get("Waited").getNumericCellValue() * 86_400)) + " "
						+ row.get("Reasons").getStringCellValue() + " " + time(row.get("Acknowledge due")) + " "
						+ time(row.get("Resolve due")))
				.toList()).as("the report workbook's Waiting sheet").containsExactlyElementsOf(expected);
		}
	}

	private static Instant due(List<Figure> page, String incident, String clock) {
		return page.stream()
			.filter(figure -> figure.incident().equals(incident) && figure.clock().equals(clock))
			.findFirst()
			.orElseThrow()
			.due();
	}

	/** The waits and the maintenance window, as the SLA pauses sheet lists them. */
	private void assertPausesSheet(Map<Case, String> incidents) throws Exception {
		List<String> expected = new ArrayList<>();
		for (Map.Entry<Case, String> incident : incidents.entrySet()) {
			List<String> waits = incident.getKey().waits();
			for (int i = 0; i < waits.size(); i += 2) {
				expected.add(incident.getValue() + " waiting " + waits.get(i) + " " + waits.get(i + 1));
			}
			if (incident.getKey().name().equals("maintenance excluded")) {
				expected.add(incident.getValue() + " maintenance 2039-03-14T10:00:00Z 2039-03-14T12:00:00Z");
			}
		}
		try (XSSFWorkbook workbook = workbook()) {
			assertThat(rows(workbook.getSheet("SLA pauses")))
				.extracting(row -> row.get("Incident").getStringCellValue() + " " + row.get("Kind").getStringCellValue()
						+ " " + time(row.get("From")) + " " + time(row.get("Until")))
				.containsExactlyInAnyOrderElementsOf(expected);
		}
	}

	private static Figure expected(String number, String clock, String due, String stopped) {
		Instant dueAt = Instant.parse(due);
		Instant stoppedAt = stopped == null ? null : Instant.parse(stopped);
		return new Figure(number, clock, dueAt, stoppedAt, (stoppedAt != null ? stoppedAt : NOW).isAfter(dueAt));
	}

	private static Figure figure(String number, String clock, JsonNode countdown) {
		return new Figure(number, clock, instant(countdown.get("due")), instant(countdown.get("stoppedAt")),
				countdown.get("breached").asBoolean());
	}

	/** Clocks of the kind that stopped in the month; only those in time if asked. */
	private static long count(List<Figure> figures, String clock, boolean inTime) {
		return figures.stream()
			.filter(figure -> figure.clock().equals(clock) && figure.stoppedAt() != null)
			.filter(figure -> !inTime || !figure.breached())
			.count();
	}

	/**
	 * A P2 incident on the service, with its waits; the decision's due times are not
	 * used.
	 */
	private String insert(Case golden) {
		long id = data.incident(service, Priority.P2)
			.title(golden.name())
			.detected(golden.detected())
			.acknowledged(golden.acknowledged())
			.resolved(golden.resolved())
			.due(Instant.parse(golden.detected()).plus(Duration.ofMinutes(30)).toString(),
					Instant.parse(golden.detected()).plus(Duration.ofHours(4)).toString())
			.insert();
		for (int i = 0; i < golden.waits().size(); i += 2) {
			jdbc.sql("""
					insert into fb_sla_pause (incident_id, reason, note, started_at, started_by, ended_at, ended_by)
					values (?, 'THIRD_PARTY', 'Waiting on the vendor', ?, 'rita', ?, 'rita')""")
				.params(id, SlaRepository.toDb(Instant.parse(golden.waits().get(i))),
						SlaRepository.toDb(Instant.parse(golden.waits().get(i + 1))))
				.update();
		}
		return ReportTestData.number(id);
	}

	private Map<String, Object> policy(String measure, Long calendarId, boolean maintenance) {
		Map<String, Object> policy = AbstractSlaPolicyTest.policy(service, "PT1H", "PT8H", measure, calendarId);
		policy.put("pauseDuringMaintenance", maintenance);
		return policy;
	}

	private XSSFWorkbook workbook() throws Exception {
		Download download = api.download("audra", "/api/v1/exports/issue-log.xlsx?service=" + service);
		assertThat(download.status()).isEqualTo(200);
		return new XSSFWorkbook(new ByteArrayInputStream(download.body()));
	}

	/** Every row below the header, by header; empty cells left out. */
	private static List<Map<String, Cell>> rows(XSSFSheet sheet) {
		List<String> headers = new ArrayList<>();
		sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
		List<Map<String, Cell>> rows = new ArrayList<>();
		for (Row row : sheet) {
			if (row.getRowNum() > 0) {
				Map<String, Cell> cells = new LinkedHashMap<>();
				for (int i = 0; i < headers.size(); i++) {
					cells.put(headers.get(i), row.getCell(i));
				}
				rows.add(cells);
			}
		}
		return rows;
	}

	private static List<Map<String, Cell>> row(XSSFSheet sheet, String column, String value) {
		return rows(sheet).stream().filter(row -> row.get(column).getStringCellValue().equals(value)).toList();
	}

	private static Instant time(Cell cell) {
		return cell == null ? null : cell.getLocalDateTimeCellValue().toInstant(ZoneOffset.UTC);
	}

	private static Instant instant(JsonNode node) {
		return node == null || node.isNull() ? null : Instant.parse(node.asText());
	}

	private JsonNode ok(String path) {
		Response response = api.get("mona", path);
		assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
		return response.body();
	}

}
