package dev.firebreak.report;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.ApiClient;
import dev.firebreak.ApiClient.Response;
import dev.firebreak.incident.Priority;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static dev.firebreak.report.ReportAssertions.figure;
import static dev.firebreak.report.ReportAssertions.number;
import static dev.firebreak.report.ReportAssertions.row;
import static dev.firebreak.report.ReportAssertions.rows;
import static dev.firebreak.report.ReportTestData.number;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every figure of the daily and the monthly report on fixed data and a fixed clock,
 * against values worked out by hand in the comments. The report days (June and July 2030)
 * are used by no other test, so the organisation totals are ours too; lists that also
 * hold other tests' incidents (open past SLA) are checked for our services only. Runs on
 * H2 and on MySQL.
 */
abstract class AbstractReportFiguresTest {

	@Autowired
	ReportTestData data;

	ApiClient api;

	@BeforeEach
	void setUp() {
		api = data.api();
	}

	@AfterEach
	void tearDown() {
		data.deleteProbes();
		ClockUtil.reset();
	}

	/**
	 * Report day D = 2030-06-15 (UTC). Service A (team ops) is built in SQL; service B
	 * (team other) has one incident driven through the real route on D.
	 */
	@Test
	void theDailyReportOfAFixedDay() {
		String a = data.service("report-a", 2, "ops");
		String b = data.service("report-b", 1, "other");
		// A on D: opened A1, A2, A7, A8; acknowledged A1 (600 s, in time), A2 (2400 s,
		// late),
		// A3 (9000 s, late); resolved A1 (7200 s, in time), A2 (18000 s, late); 2
		// hotfixes
		long a1 = data.incident(a, Priority.P1)
			.detected("2030-06-15T08:00:00Z")
			.acknowledged("2030-06-15T08:10:00Z")
			.resolved("2030-06-15T10:00:00Z")
			.due("2030-06-15T08:15:00Z", "2030-06-15T12:00:00Z")
			.insert();
		long a2 = data.incident(a, Priority.P1)
			.detected("2030-06-15T09:00:00Z")
			.acknowledged("2030-06-15T09:40:00Z")
			.resolved("2030-06-15T14:00:00Z")
			.due("2030-06-15T09:15:00Z", "2030-06-15T13:00:00Z")
			.insert();
		long a3 = data.incident(a, Priority.P1)
			.title("Queue stuck")
			.detected("2030-06-14T22:00:00Z")
			.acknowledged("2030-06-15T00:30:00Z")
			.due("2030-06-14T22:30:00Z", "2030-06-15T02:00:00Z")
			.insert();
		data.hotfix(a2, "2030-06-15T12:00:00Z");
		data.hotfix(a2, "2030-06-15T13:00:00Z");
		// A on D-1: A4 acknowledged 300 s, resolved 3600 s, both in time; one hotfix
		long a4 = data.incident(a, Priority.P2)
			.detected("2030-06-14T10:00:00Z")
			.acknowledged("2030-06-14T10:05:00Z")
			.resolved("2030-06-14T11:00:00Z")
			.due("2030-06-14T10:15:00Z", "2030-06-14T14:00:00Z")
			.insert();
		data.hotfix(a4, "2030-06-14T10:30:00Z");
		// A on D-10: A5 acknowledged 1200 s in time, resolved 7200 s late; one hotfix;
		// RCA
		long a5 = data.incident(a, Priority.P2)
			.detected("2030-06-05T10:00:00Z")
			.acknowledged("2030-06-05T10:20:00Z")
			.resolved("2030-06-05T12:00:00Z")
			.due("2030-06-05T10:30:00Z", "2030-06-05T11:00:00Z")
			.insert();
		data.hotfix(a5, "2030-06-05T11:00:00Z");
		data.rca(a5, "2030-06-05T13:00:00Z", "rita", "Rotate logs daily");
		// A on D-31: outside every window; its RCA one second before the action-item
		// window
		long a6 = data.incident(a, Priority.P3)
			.title("Disk full")
			.detected("2030-05-15T10:00:00Z")
			.acknowledged("2030-05-15T10:01:00Z")
			.resolved("2030-05-15T10:02:00Z")
			.due("2030-05-15T14:00:00Z", "2030-05-18T10:00:00Z")
			.insert();
		data.rca(a6, "2030-05-16T23:59:59Z", "rita", "Excluded action");
		// recurrences of A6 on D, still open; A7 overdue at the end of D, A8 not yet
		long a7 = data.incident(a, Priority.P1)
			.title("Disk full")
			.detected("2030-06-15T15:00:00Z")
			.due("2030-06-15T15:15:00Z", "2030-06-15T19:00:00Z")
			.recurrenceOf(a6)
			.insert();
		long a8 = data.incident(a, Priority.P2)
			.title("Disk full")
			.detected("2030-06-15T16:00:00Z")
			.due("2030-06-15T16:15:00Z", "2030-06-17T00:00:00Z")
			.recurrenceOf(a6)
			.insert();
		data.sameProblem(a6, a7, a8);
		// A9 was still open at the end of D (resolved the day after); A10 was cancelled
		// on D
		long a9 = data.incident(a, Priority.P2)
			.detected("2030-06-14T08:00:00Z")
			.acknowledged("2030-06-16T09:00:00Z")
			.resolved("2030-06-16T10:00:00Z")
			.due("2030-06-14T08:15:00Z", "2030-06-14T12:00:00Z")
			.insert();
		data.incident(a, Priority.P2)
			.detected("2030-06-14T09:00:00Z")
			.due("2030-06-14T09:30:00Z", "2030-06-14T13:00:00Z")
			.cancelled("2030-06-15T05:00:00Z")
			.insert();
		// A's probe on D: 100, 200, 300 ms up, 400 ms down; one sample on each side of D
		long probe = data.probe(a);
		data.sample(probe, "2030-06-14T23:59:59Z", false, 9000);
		data.sample(probe, "2030-06-15T00:00:00Z", true, 100);
		data.sample(probe, "2030-06-15T06:00:00Z", true, 200);
		data.sample(probe, "2030-06-15T12:00:00Z", true, 300);
		data.sample(probe, "2030-06-15T23:59:59Z", false, 400);
		data.sample(probe, "2030-06-16T00:00:00Z", false, 9000);
		// G's probe (every 60 s) on D: 100 ms up, 900 and 1000 ms degraded, one down
		// without a response time
		String g = data.service("report-g", 3, "ops");
		long slow = data.probe(g);
		data.sample(slow, "2030-06-15T01:00:00Z", "UP", 100);
		data.sample(slow, "2030-06-15T02:00:00Z", "DEGRADED", 900);
		data.sample(slow, "2030-06-15T03:00:00Z", "DEGRADED", 1000);
		data.sample(slow, "2030-06-15T04:00:00Z", "DOWN", null);
		// B on D-2: B2 acknowledged 1800 s late, resolved 36000 s late
		data.incident(b, Priority.P1)
			.detected("2030-06-13T10:00:00Z")
			.acknowledged("2030-06-13T10:30:00Z")
			.resolved("2030-06-13T20:00:00Z")
			.due("2030-06-13T10:15:00Z", "2030-06-13T18:00:00Z")
			.insert();
		// B3 long before; its RCA exactly at the start of the action-item window (D-29)
		long b3 = data.incident(b, Priority.P2)
			.detected("2030-05-06T10:00:00Z")
			.acknowledged("2030-05-06T10:05:00Z")
			.resolved("2030-05-07T10:00:00Z")
			.due("2030-05-06T10:30:00Z", "2030-05-06T18:00:00Z")
			.insert();
		data.rca(b3, "2030-05-17T00:00:00Z", "otto", "Pin the driver version");
		// B1 on D through the route (tier 1, critical, high: P1, 15 min / 4 h):
		// acknowledged
		// after 600 s, hotfix at 07:00, resolved after 7200 s, RCA at 09:00
		String b1 = driveThroughTheRoute(b);

		at("2030-06-16T08:00:00Z");
		JsonNode report = daily("mona", "2030-06-15");

		assertThat(report.get("date").asText()).isEqualTo("2030-06-15");
		assertThat(report.get("zone").asText()).isEqualTo("UTC");
		assertThat(report.get("from").asText()).isEqualTo("2030-06-15T00:00:00Z");
		assertThat(report.get("to").asText()).isEqualTo("2030-06-16T00:00:00Z");
		assertThat(report.get("generatedAt").asText()).isEqualTo("2030-06-16T08:00:00Z");
		assertThat(report.get("generatedBy").asText()).isEqualTo("mona");
		assertThat(report.get("teams").isNull()).isTrue();

		// Monitoring. A: 4 samples, 3 up: 75 %, error rate 0.25, mean 250 ms, p95 the 4th
		// (⌈0.95 × 4⌉) = 400 ms; opened A1, A2, A7, A8. B: no samples; opened B1.
		JsonNode monitoringA = row(report.at("/monitoring/services"), a);
		assertThat(monitoringA.get("team").asText()).isEqualTo("ops");
		assertThat(monitoringA.get("tier").asInt()).isEqualTo(2);
		assertThat(monitoringA.get("samples").asLong()).isEqualTo(4);
		number(monitoringA.get("uptimePercent"), 75.0, "uptime");
		number(monitoringA.get("meanResponseMs"), 250.0, "mean");
		number(monitoringA.get("p95ResponseMs"), 400.0, "p95");
		number(monitoringA.get("errorRate"), 0.25, "error rate");
		// p50 the 2nd (⌈0.5 × 4⌉) = 200 ms; no degraded sample
		number(monitoringA.get("p50ResponseMs"), 200.0, "p50");
		number(monitoringA.get("degradedSeconds"), 0.0, "degraded");
		assertThat(monitoringA.get("incidentsOpened").asLong()).isEqualTo(4);
		// G: 4 samples, 3 up (degraded is up, but slow): 75 %; 3 timed: p50 the 2nd
		// (⌈1.5⌉) = 900, p95 the 3rd (⌈2.85⌉) = 1000; two degraded checks of a 60 s
		// probe:
		// 120 s degraded
		JsonNode monitoringG = row(report.at("/monitoring/services"), g);
		assertThat(monitoringG.get("samples").asLong()).isEqualTo(4);
		number(monitoringG.get("uptimePercent"), 75.0, "G uptime");
		number(monitoringG.get("p50ResponseMs"), 900.0, "G p50");
		number(monitoringG.get("p95ResponseMs"), 1000.0, "G p95");
		number(monitoringG.get("errorRate"), 0.25, "G error rate");
		number(monitoringG.get("degradedSeconds"), 120.0, "G degraded");
		JsonNode monitoringB = row(report.at("/monitoring/services"), b);
		assertThat(monitoringB.get("team").asText()).isEqualTo("other");
		assertThat(monitoringB.get("samples").asLong()).isZero();
		for (String figure : List.of("uptimePercent", "meanResponseMs", "p95ResponseMs", "errorRate", "p50ResponseMs",
				"degradedSeconds")) {
			number(monitoringB.get(figure), null, figure);
		}
		assertThat(monitoringB.get("incidentsOpened").asLong()).isEqualTo(1);

		// Evaluation of A. D-1: resolved 1, MTTA 300, MTTR 3600, both shares 100, 1
		// hotfix.
		// Baseline over D-30..D-1 (D-1 and D-10 have incidents): resolved 2/30, MTTA
		// (300 + 1200) / 2 = 750, MTTR (3600 + 7200) / 2 = 5400, resolve share
		// (100 + 0) / 2 = 50, acknowledge share (100 + 100) / 2 = 100, hotfixes 2/30.
		JsonNode evaluationA = row(report.at("/evaluation/services"), a).get("figures");
		figure(evaluationA.get("incidentsResolved"), "A resolved", 2.0, 1.0, 2 / 30.0, 100.0, "↑", 2900.0, "↑");
		figure(evaluationA.get("mttaSeconds"), "A MTTA", 4000.0, 300.0, 750.0, 3700 * 100 / 300.0, "↑",
				3250 * 100 / 750.0, "↑");
		figure(evaluationA.get("mttrSeconds"), "A MTTR", 12600.0, 3600.0, 5400.0, 250.0, "↑", 7200 * 100 / 5400.0, "↑");
		figure(evaluationA.get("slaCompliancePercent"), "A SLA", 50.0, 100.0, 50.0, -50.0, "↓", 0.0, "→");
		figure(evaluationA.get("ackCompliancePercent"), "A acknowledge SLA", 100 / 3.0, 100.0, 100.0, 100 / 3.0 - 100,
				"↓", 100 / 3.0 - 100, "↓");
		figure(evaluationA.get("hotfixesDeployed"), "A hotfixes", 2.0, 1.0, 2 / 30.0, 100.0, "↑", 2900.0, "↑");

		// Evaluation of B. D: B1 only (600 s, 7200 s, in time, one hotfix). D-1: nothing,
		// so no means and shares (no arrows), counts 0 (change against 0 is undefined).
		// Baseline from D-2 (B2): resolved 1/30, MTTA 1800, MTTR 36000, shares 0.
		JsonNode evaluationB = row(report.at("/evaluation/services"), b).get("figures");
		figure(evaluationB.get("incidentsResolved"), "B resolved", 1.0, 0.0, 1 / 30.0, null, "↑", 2900.0, "↑");
		figure(evaluationB.get("mttaSeconds"), "B MTTA", 600.0, null, 1800.0, null, null, -1200 * 100 / 1800.0, "↓");
		figure(evaluationB.get("mttrSeconds"), "B MTTR", 7200.0, null, 36000.0, null, null, -80.0, "↓");
		figure(evaluationB.get("slaCompliancePercent"), "B SLA", 100.0, null, 0.0, null, null, null, "↑");
		figure(evaluationB.get("ackCompliancePercent"), "B acknowledge SLA", 100.0, null, 0.0, null, null, null, "↑");
		figure(evaluationB.get("hotfixesDeployed"), "B hotfixes", 1.0, 0.0, 0.0, null, "↑", null, "↑");

		// All services. D: resolved A1, A2, B1 = 3, MTTR (7200 + 18000 + 7200) / 3 =
		// 10800,
		// in time 2 of 3; acknowledged A1, A2, A3, B1: MTTA 12600 / 4 = 3150, in time 2
		// of 4;
		// hotfixes 3. D-1 as A's. Baseline from D-1, D-2, D-10: resolved 3/30, MTTA
		// (300 + 1800 + 1200) / 3 = 1100, MTTR (3600 + 36000 + 7200) / 3 = 15600, resolve
		// share (100 + 0 + 0) / 3, acknowledge share (100 + 0 + 100) / 3, hotfixes 2/30.
		JsonNode total = report.at("/evaluation/total");
		figure(total.get("incidentsResolved"), "total resolved", 3.0, 1.0, 0.1, 200.0, "↑", 2900.0, "↑");
		figure(total.get("mttaSeconds"), "total MTTA", 3150.0, 300.0, 1100.0, 950.0, "↑", 2050 * 100 / 1100.0, "↑");
		figure(total.get("mttrSeconds"), "total MTTR", 10800.0, 3600.0, 15600.0, 200.0, "↑", -4800 * 100 / 15600.0,
				"↓");
		figure(total.get("slaCompliancePercent"), "total SLA", 200 / 3.0, 100.0, 100 / 3.0, 200 / 3.0 - 100, "↓", 100.0,
				"↑");
		figure(total.get("ackCompliancePercent"), "total acknowledge SLA", 50.0, 100.0, 200 / 3.0, -50.0, "↓",
				(50 - 200 / 3.0) * 100 / (200 / 3.0), "↓");
		figure(total.get("hotfixesDeployed"), "total hotfixes", 3.0, 1.0, 2 / 30.0, 200.0, "↑", 4400.0, "↑");

		// Learning
		JsonNode recurring = report.at("/learning/recurringProblems");
		assertThat(rows(recurring, a, b)).singleElement().satisfies(problem -> {
			assertThat(problem.get("title").asText()).isEqualTo("Disk full");
			assertThat(problem.get("team").asText()).isEqualTo("ops");
			assertThat(problem.get("count").asInt()).isEqualTo(2);
			assertThat(texts(problem.get("incidents"))).containsExactly(number(a7), number(a8));
		});
		assertThat(rows(report.at("/learning/rcasCompleted"), a, b)).singleElement().satisfies(rca -> {
			assertThat(rca.get("incident").asText()).isEqualTo(b1);
			assertThat(rca.get("team").asText()).isEqualTo("other");
			assertThat(rca.get("title").asText()).isEqualTo("Pool exhausted");
			assertThat(rca.get("completedAt").asText()).isEqualTo("2030-06-15T09:00:00Z");
			assertThat(rca.get("completedBy").asText()).isEqualTo("otto");
			assertThat(rca.get("rootCauseCategory").asText()).isEqualTo("CAPACITY");
			assertThat(rca.get("preventiveActions").asText()).isEqualTo("Add a pool alarm");
		});
		// RCAs of D-29..D: B3 (at the first instant), A5, B1; not A6's (one second
		// earlier)
		List<JsonNode> actions = rows(report.at("/learning/openActionItems"), a, b);
		assertThat(actions).extracting(item -> item.get("incident").asText())
			.containsExactly(number(b3), number(a5), b1);
		assertThat(actions).extracting(item -> item.get("preventiveActions").asText())
			.containsExactly("Pin the driver version", "Rotate logs daily", "Add a pool alarm");
		assertThat(actions).extracting(item -> item.get("rcaCompletedAt").asText())
			.containsExactly("2030-05-17T00:00:00Z", "2030-06-05T13:00:00Z", "2030-06-15T09:00:00Z");
		// open at the end of D and past due, most overdue first: A9 (36 h), A3 (22 h), A7
		// (5 h)
		List<JsonNode> overdue = rows(report.at("/learning/openPastSla"), a, b);
		assertThat(overdue).extracting(item -> item.get("incident").asText())
			.containsExactly(number(a9), number(a3), number(a7));
		assertThat(overdue).extracting(item -> item.get("overdueSeconds").asDouble())
			.containsExactly(129600.0, 79200.0, 18000.0);
		assertThat(overdue.get(1).get("title").asText()).isEqualTo("Queue stuck");
		assertThat(overdue.get(1).get("priority").asText()).isEqualTo("P1");
		assertThat(overdue.get(1).get("resolveDueAt").asText()).isEqualTo("2030-06-15T02:00:00Z");
		assertThat(overdue.get(1).get("detectedAt").asText()).isEqualTo("2030-06-14T22:00:00Z");
		assertThat(overdue.get(1).get("team").asText()).isEqualTo("ops");

		// stored: read again later, the same report comes back
		at("2030-06-20T08:00:00Z");
		assertThat(daily("rita", "2030-06-15").get("generatedAt").asText()).isEqualTo("2030-06-16T08:00:00Z");
		assertThat(a1).isNotZero();
	}

	/**
	 * Month M = 2030-07, read on 2030-08-02. Service C (team ops, target 99.5 %) and E
	 * (team other, no target: 99.9 %).
	 */
	@Test
	void theMonthlySlaReportOfAFixedMonth() {
		String c = data.service("sla-c", 1, "ops");
		String e = data.service("sla-e", 2, "other");
		data.uptimeTarget(c, "99.5");
		// C: 200 samples, 1 down: exactly 99.5 %, the target; E: 10 samples, 9 up: 90 %
		long probeC = data.probe(c);
		for (int i = 0; i < 200; i++) {
			data.sample(probeC, Instant.parse("2030-07-01T00:00:00Z").plusSeconds(3600L * i).toString(), i != 7, 50);
		}
		data.sample(probeC, "2030-06-30T23:59:59Z", false, 50);
		data.sample(probeC, "2030-08-01T00:00:00Z", false, 50);
		long probeE = data.probe(e);
		for (int i = 0; i < 10; i++) {
			data.sample(probeE, "2030-07-0" + (i % 9 + 1) + "T12:00:0" + i + "Z", i != 3, 80);
		}
		// H's nightly job checks in 4 times in July, once too late: heartbeats 75 %
		long jobE = data.heartbeat(data.service("sla-h", 3, "other"));
		for (int i = 0; i < 4; i++) {
			data.sample(jobE, "2030-07-1" + i + "T02:00:00Z", i != 2, null);
		}
		// C1 P1 in time both; C2 P1 late both (300 s, 3600 s)
		long c1 = data.incident(c, Priority.P1)
			.detected("2030-07-03T10:00:00Z")
			.acknowledged("2030-07-03T10:10:00Z")
			.resolved("2030-07-03T13:00:00Z")
			.due("2030-07-03T10:15:00Z", "2030-07-03T14:00:00Z")
			.insert();
		long c2 = data.incident(c, Priority.P1)
			.detected("2030-07-05T10:00:00Z")
			.acknowledged("2030-07-05T10:20:00Z")
			.resolved("2030-07-05T15:00:00Z")
			.due("2030-07-05T10:15:00Z", "2030-07-05T14:00:00Z")
			.insert();
		// C3 P2 acknowledged in time, never resolved: a running resolve breach
		long c3 = data.incident(c, Priority.P2)
			.detected("2030-07-10T10:00:00Z")
			.acknowledged("2030-07-10T10:20:00Z")
			.due("2030-07-10T10:30:00Z", "2030-07-10T18:00:00Z")
			.insert();
		// C4 P3 detected in June, acknowledged an hour late in July (due at the month's
		// first instant), resolved in time
		long c4 = data.incident(c, Priority.P3)
			.detected("2030-06-30T20:00:00Z")
			.acknowledged("2030-07-01T01:00:00Z")
			.resolved("2030-07-02T10:00:00Z")
			.due("2030-07-01T00:00:00Z", "2030-07-03T20:00:00Z")
			.insert();
		// C5 P4 acknowledged two hours late; its resolve due time is in August
		long c5 = data.incident(c, Priority.P4)
			.detected("2030-07-30T10:00:00Z")
			.acknowledged("2030-07-31T12:00:00Z")
			.due("2030-07-31T10:00:00Z", "2030-08-09T10:00:00Z")
			.insert();
		// C6 all in June; C7 cancelled before its due times; C8 recovered before anyone
		// acknowledged (the acknowledge clock stops) and never resolved
		data.incident(c, Priority.P1)
			.detected("2030-06-30T10:00:00Z")
			.acknowledged("2030-06-30T10:05:00Z")
			.resolved("2030-06-30T12:00:00Z")
			.due("2030-06-30T10:15:00Z", "2030-06-30T14:00:00Z")
			.insert();
		data.incident(c, Priority.P2)
			.detected("2030-07-20T10:00:00Z")
			.due("2030-07-20T10:30:00Z", "2030-07-20T18:00:00Z")
			.cancelled("2030-07-20T10:20:00Z")
			.insert();
		long c8 = data.incident(c, Priority.P2)
			.detected("2030-07-21T10:00:00Z")
			.due("2030-07-21T10:30:00Z", "2030-07-21T18:00:00Z")
			.recoveredUnacknowledged("2030-07-21T10:20:00Z")
			.insert();
		// E1 P2 acknowledged 900 s late, resolved in time
		long e1 = data.incident(e, Priority.P2)
			.detected("2030-07-15T10:00:00Z")
			.acknowledged("2030-07-15T10:45:00Z")
			.resolved("2030-07-15T16:00:00Z")
			.due("2030-07-15T10:30:00Z", "2030-07-15T18:00:00Z")
			.insert();

		at("2030-08-02T00:00:00Z");
		Response response = api.get("mona", "/api/v1/reports/sla/2030-07");
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		JsonNode report = response.body();

		assertThat(report.get("month").asText()).isEqualTo("2030-07");
		assertThat(report.get("from").asText()).isEqualTo("2030-07-01T00:00:00Z");
		assertThat(report.get("to").asText()).isEqualTo("2030-08-01T00:00:00Z");
		assertThat(report.get("complete").asBoolean()).isTrue();
		assertThat(report.get("generatedAt").asText()).isEqualTo("2030-08-02T00:00:00Z");

		JsonNode serviceC = row(report.get("services"), c);
		assertThat(serviceC.get("team").asText()).isEqualTo("ops");
		number(serviceC.get("uptimeTargetPercent"), 99.5, "C target");
		assertThat(serviceC.get("samples").asLong()).isEqualTo(200);
		number(serviceC.get("uptimePercent"), 99.5, "C uptime");
		assertThat(serviceC.get("targetMet").asBoolean()).isTrue();
		// C: P1 acknowledged C1, C2 (1 in time), resolved C1, C2 (1 in time); P2
		// acknowledged C3 in time, C8's acknowledge clock stopped in time at its recovery
		// (the incident page's rule), none resolved; P3 acknowledged C4 late, resolved in
		// time; P4 acknowledged C5 late
		compliance(serviceC.get("priorities"), "P1", 2, 1, 50.0, 2, 1, 50.0);
		compliance(serviceC.get("priorities"), "P2", 2, 2, 100.0, 0, 0, null);
		compliance(serviceC.get("priorities"), "P3", 1, 0, 0.0, 1, 1, 100.0);
		compliance(serviceC.get("priorities"), "P4", 1, 0, 0.0, 0, 0, null);

		JsonNode serviceE = row(report.get("services"), e);
		number(serviceE.get("uptimeTargetPercent"), 99.9, "E target");
		assertThat(serviceE.get("samples").asLong()).isEqualTo(10);
		number(serviceE.get("uptimePercent"), 90.0, "E uptime");
		assertThat(serviceE.get("targetMet").asBoolean()).isFalse();
		compliance(serviceE.get("priorities"), "P1", 0, 0, null, 0, 0, null);
		compliance(serviceE.get("priorities"), "P2", 1, 0, 0.0, 1, 1, 100.0);

		// all services: P2 acknowledged C3 (in time), C8 (recovered in time) and E1
		// (late), resolved E1 (in time)
		compliance(report.get("priorities"), "P1", 2, 1, 50.0, 2, 1, 50.0);
		compliance(report.get("priorities"), "P2", 3, 2, 200 / 3.0, 1, 1, 100.0);
		compliance(report.get("priorities"), "P3", 1, 0, 0.0, 1, 1, 100.0);
		compliance(report.get("priorities"), "P4", 1, 0, 0.0, 0, 0, null);

		// by kind of check, all services: HTTP 200 + 10 samples, 199 + 9 up; heartbeats
		// 4,
		// 3 up; no other kind took a sample
		JsonNode kinds = report.get("checkKinds");
		assertThat(kinds).extracting(k -> k.get("kind").asText()).containsExactly("HTTP", "HEARTBEAT");
		assertThat(kinds.get(0).get("samples").asLong()).isEqualTo(210);
		number(kinds.get(0).get("uptimePercent"), 208 * 100.0 / 210, "HTTP availability");
		assertThat(kinds.get(1).get("samples").asLong()).isEqualTo(4);
		number(kinds.get(1).get("uptimePercent"), 75.0, "heartbeat availability");
		// a responder of ops sees the checks of C only
		JsonNode opsKinds = api.get("rita", "/api/v1/reports/sla/2030-07").body().get("checkKinds");
		assertThat(opsKinds).extracting(k -> k.get("kind").asText()).containsExactly("HTTP");
		assertThat(opsKinds.get(0).get("samples").asLong()).isEqualTo(200);

		// every clock due in July that stopped late or still runs, by due time; running
		// ones
		// are late until the report was made (2030-08-02T00:00Z)
		List<JsonNode> breaches = rows(report.get("breaches"), c, e);
		assertThat(breaches)
			.extracting(breach -> breach.get("incident").asText() + " " + breach.get("clock").asText() + " "
					+ breach.get("dueAt").asText() + " " + breach.get("stoppedAt").asText(null) + " "
					+ breach.get("lateSeconds").asDouble())
			.containsExactly(number(c4) + " acknowledge 2030-07-01T00:00:00Z 2030-07-01T01:00:00Z 3600.0",
					number(c2) + " acknowledge 2030-07-05T10:15:00Z 2030-07-05T10:20:00Z 300.0",
					number(c2) + " resolve 2030-07-05T14:00:00Z 2030-07-05T15:00:00Z 3600.0",
					// 22 days and 6 hours
					number(c3) + " resolve 2030-07-10T18:00:00Z null 1922400.0",
					number(e1) + " acknowledge 2030-07-15T10:30:00Z 2030-07-15T10:45:00Z 900.0",
					// 11 days and 6 hours
					number(c8) + " resolve 2030-07-21T18:00:00Z null 972000.0",
					number(c5) + " acknowledge 2030-07-31T10:00:00Z 2030-07-31T12:00:00Z 7200.0");
		assertThat(breaches.get(0).get("priority").asText()).isEqualTo("P3");
		assertThat(breaches.get(0).get("team").asText()).isEqualTo("ops");
		assertThat(breaches.get(4).get("team").asText()).isEqualTo("other");
		assertThat(c1).isNotZero();

		// the running month is reported up to now; a month not begun has no report
		Response running = api.get("mona", "/api/v1/reports/sla/2030-08");
		assertThat(running.body().get("complete").asBoolean()).isFalse();
		assertThat(running.body().get("to").asText()).isEqualTo("2030-08-02T00:00:00Z");
		Response future = api.get("mona", "/api/v1/reports/sla/2030-09");
		assertThat(future.status()).isEqualTo(404);
		assertThat(future.contentType()).isEqualTo("application/problem+json");
	}

	private static void compliance(JsonNode priorities, String priority, long acknowledged, long acknowledgedInTime,
			Double ackShare, long resolved, long resolvedInTime, Double resolveShare) {
		JsonNode row = null;
		for (JsonNode candidate : priorities) {
			if (candidate.get("priority").asText().equals(priority)) {
				row = candidate;
			}
		}
		assertThat(row).as(priority).isNotNull();
		assertThat(row.get("acknowledged").asLong()).as(priority + " acknowledged").isEqualTo(acknowledged);
		assertThat(row.get("acknowledgedWithinSla").asLong()).as(priority + " acknowledged in time")
			.isEqualTo(acknowledgedInTime);
		number(row.get("ackCompliancePercent"), ackShare, priority + " acknowledge share");
		assertThat(row.get("resolved").asLong()).as(priority + " resolved").isEqualTo(resolved);
		assertThat(row.get("resolvedWithinSla").asLong()).as(priority + " resolved in time").isEqualTo(resolvedInTime);
		number(row.get("resolveCompliancePercent"), resolveShare, priority + " resolve share");
	}

	/** Reports B1 at 06:00 and works it to closed, moving the clock for each step. */
	private String driveThroughTheRoute(String service) {
		at("2030-06-15T06:00:00Z");
		Response reported = api.post("otto", "/api/v1/incidents",
				Map.of("title", "Pool exhausted", "service", service, "severity", "CRITICAL", "impact", "HIGH"));
		assertThat(reported.status()).as(reported.body().toString()).isEqualTo(201);
		assertThat(reported.body().get("priority").asText()).isEqualTo("P1");
		String number = reported.body().get("number").asText();
		at("2030-06-15T06:10:00Z");
		work(number, "DIAGNOSIS", Map.of("outcome", "NEEDS_FIX", "findings", "Pool too small"));
		at("2030-06-15T07:00:00Z");
		work(number, "HOTFIX", Map.of("changeDescription", "Raise pool size", "reference", "PR-7", "deployedAt",
				"2030-06-15T07:00:00Z", "rollbackPlan", "Revert PR-7", "testedInStaging", true));
		at("2030-06-15T08:00:00Z");
		work(number, "VERIFICATION", Map.of("checksRun", "smoke", "passed", true, "evidence", "200 OK"));
		at("2030-06-15T09:00:00Z");
		work(number, "ROOT_CAUSE_ANALYSIS",
				Map.of("rootCauseCategory", "CAPACITY", "fiveWhys", List.of("pool too small"), "contributingFactors",
						"No load test", "preventiveActions", "Add a pool alarm"));
		return number;
	}

	private void work(String number, String stage, Map<String, ?> form) {
		JsonNode tasks = api.get("otto", "/api/v1/incidents/" + number).body().get("openTasks");
		assertThat(tasks).hasSize(1);
		assertThat(tasks.get(0).get("stage").asText()).isEqualTo(stage);
		String task = tasks.get(0).get("id").asText();
		assertThat(api.post("otto", "/api/v1/tasks/" + task + "/claim", null).status()).isEqualTo(200);
		Response completed = api.post("otto", "/api/v1/tasks/" + task + "/complete", form);
		assertThat(completed.status()).as(completed.body().toString()).isEqualTo(204);
	}

	private JsonNode daily(String user, String date) {
		Response response = api.get(user, "/api/v1/reports/daily/" + date);
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		return response.body();
	}

	private static List<String> texts(JsonNode array) {
		List<String> texts = new java.util.ArrayList<>();
		array.forEach(node -> texts.add(node.asText()));
		return texts;
	}

	static void at(String instant) {
		ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
	}

}
