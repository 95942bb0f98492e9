package dev.firebreak.incident.web;

import dev.firebreak.web.UiBrowser;
import dev.firebreak.web.Chromium;
import dev.firebreak.web.UiFixtures;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import dev.firebreak.FirebreakTest;
import dev.firebreak.incident.ServiceCatalogue;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manager's dashboard and actions. The dashboard's trend charts draw the report
 * feature's figures for known data, and their tables hold the same numbers. On the
 * incident page each action needs a reason, a form sent without one comes back open with
 * the choices kept, and the change lands on the timeline. People who are not managers are
 * not offered the actions.
 */
@FirebreakTest
@ExtendWith(Chromium.class)
class UiManagerTest {

	@LocalServerPort
	int port;

	@Autowired
	ServiceCatalogue catalogue;

	UiFixtures fixtures;

	UiBrowser browser;

	@BeforeEach
	void setUp() {
		fixtures = new UiFixtures(port, catalogue);
		browser = new UiBrowser(port);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	/**
	 * February 2034 belongs to this test alone. 2034-02-06 is the Monday of ISO week 6;
	 * the dashboard is opened on Thursday 2034-02-16, in week 7, and shows the eight
	 * weeks from 2033-W52 and the fourteen days from 2034-02-03.
	 */
	@Test
	void aManagersDashboardChartsTheTrendsOfKnownIncidents() {
		String service = fixtures.service("ops", 3);
		// week 6: acknowledged after 10 and 30 min, resolved after 1 h and (the next day)
		// 24 h
		walk(service, "Search is slow", "2034-02-06T09:00:00Z", "2034-02-06T09:10:00Z", "2034-02-06T10:00:00Z");
		walk(service, "Login fails", "2034-02-07T09:00:00Z", "2034-02-07T09:30:00Z", "2034-02-08T09:00:00Z");
		// week 7: after 20 and 10 min, and after 4 h and 2 h
		walk(service, "Mail is late", "2034-02-13T10:00:00Z", "2034-02-13T10:20:00Z", "2034-02-13T14:00:00Z");
		walk(service, "Images are missing", "2034-02-14T08:00:00Z", "2034-02-14T08:10:00Z", "2034-02-14T10:00:00Z");

		at("2034-02-16T12:00:00Z");
		browser.signIn("mona").open("/dashboard");
		// the tables are folded under "Show the figures"
		assertThat(week("2034-W06")).as("folded away").containsOnly("");
		browser.click(By.cssSelector("#speed-figures summary"));
		browser.click(By.cssSelector("#flow-figures summary"));

		assertThat(week("2034-W06")).containsExactly("20 min", "2", "12 h 30 min", "2");
		assertThat(week("2034-W07")).containsExactly("15 min", "2", "3 h", "2");
		assertThat(week("2034-W05")).as("a week without incidents").containsExactly("—", "0", "—", "0");
		assertThat(browser.findAll(By.cssSelector("#speed-by-week tbody tr"))).hasSize(8);
		assertThat(browser.text(By.cssSelector("#speed-by-week tbody tr:first-child th"))).startsWith("2033-W52");
		assertThat(day("2034-02-06")).containsExactly("1", "1");
		assertThat(day("2034-02-07")).containsExactly("1", "0");
		assertThat(day("2034-02-08")).containsExactly("0", "1");
		assertThat(day("2034-02-13")).containsExactly("1", "1");
		assertThat(day("2034-02-10")).containsExactly("0", "0");
		assertThat(browser.findAll(By.cssSelector("#flow-by-day tbody tr"))).hasSize(14);

		assertThat(chartData("mtta-chart", 0)).containsExactly(null, null, null, null, null, null, 20L, 15L);
		assertThat(chartData("mttr-chart", 0)).containsExactly(null, null, null, null, null, null, 12.5, 3L);
		assertThat(chartData("flow-chart", 0)).containsExactly(0L, 0L, 0L, 1L, 1L, 0L, 0L, 0L, 0L, 0L, 1L, 1L, 0L, 0L);
		assertThat(chartData("flow-chart", 1)).containsExactly(0L, 0L, 0L, 1L, 0L, 1L, 0L, 0L, 0L, 0L, 1L, 1L, 0L, 0L);
		for (String chart : List.of("mtta-chart", "mttr-chart", "flow-chart")) {
			assertThat(paintedPixels(chart)).as("%s is drawn", chart).isGreaterThan(500);
		}
		assertThat(browser.consoleErrors()).isEmpty();
		browser.screenshot("dashboard-trends");
	}

	@Test
	void aManagerReprioritisesAnIncidentAndMustGiveAReason() {
		String service = fixtures.service("ops", 1);
		String number = fixtures.report("rita", service, "Checkout is slow", "LOW", "LOW");

		browser.signIn("mona").open("/incidents/" + number);
		assertThat(browser.text(By.id("priority"))).isEqualTo("P4");
		browser.click(By.cssSelector("#action-priority summary"));
		new Select(browser.find(By.id("priority-severity"))).selectByValue("CRITICAL");
		new Select(browser.find(By.id("priority-impact"))).selectByValue("HIGH");
		browser.clickAndLoad(By.cssSelector("#action-priority button[type='submit']"));

		assertThat(browser.text(By.id("priority-reason-error"))).isEqualTo("Please fill this in.");
		assertThat(browser.find(By.id("action-priority")).getAttribute("open")).as("the form stays open").isNotNull();
		assertThat(new Select(browser.find(By.id("priority-severity"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("CRITICAL");
		assertThat(browser.text(By.id("priority"))).as("nothing changed yet").isEqualTo("P4");

		browser.type(By.id("priority-reason"), "Conversion is dropping");
		browser.clickAndLoad(By.cssSelector("#action-priority button[type='submit']"));

		assertThat(browser.text(By.cssSelector(".notice"))).startsWith("Reprioritised");
		assertThat(browser.text(By.id("priority"))).isEqualTo("P1");
		assertThat(browser.text(By.cssSelector("#timeline-entries li[data-type='REASSESSED']")))
			.contains("by Mona Manager", "Conversion is dropping");
		assertThat(browser.consoleErrors()).isEmpty();
	}

	@Test
	void aManagerReassignsAndEscalatesWithReasons() {
		String service = fixtures.service("ops", 2);
		String number = fixtures.report("rita", service, "Reports are empty", "MEDIUM", "MEDIUM");

		browser.signIn("mona").open("/incidents/" + number);
		browser.click(By.cssSelector("#action-escalate summary"));
		browser.type(By.id("escalate-reason"), "Customer escalation");
		browser.clickAndLoad(By.cssSelector("#action-escalate button[type='submit']"));
		assertThat(browser.text(By.cssSelector("#timeline-entries li[data-type='ESCALATED']")))
			.contains("Customer escalation");

		browser.click(By.cssSelector("#action-reassign summary"));
		new Select(browser.find(By.id("reassign-team"))).selectByValue("other");
		browser.type(By.id("reassign-reason"), "The data pipeline is theirs");
		browser.clickAndLoad(By.cssSelector("#action-reassign button[type='submit']"));

		assertThat(browser.text(By.id("team"))).isEqualTo("other");
		assertThat(browser.text(By.cssSelector("#timeline-entries li[data-type='REASSIGNED']")))
			.contains("The data pipeline is theirs");
		assertThat(browser.consoleErrors()).isEmpty();
	}

	@Test
	void aManagerCancelsAnIncidentAsADuplicate() {
		String service = fixtures.service("ops", 2);
		String original = fixtures.report("rita", service, "Checkout errors", "HIGH", "HIGH");
		String duplicate = fixtures.report("ravi", service, "Checkout errors again", "HIGH", "HIGH");

		browser.signIn("mona").open("/incidents/" + duplicate);
		browser.click(By.cssSelector("#action-cancel summary"));
		browser.type(By.id("cancel-duplicateOf"), original.toLowerCase());
		browser.type(By.id("cancel-reason"), "Same errors, reported twice");
		browser.clickAndLoad(By.cssSelector("#action-cancel button[type='submit']"));

		assertThat(browser.text(By.id("status"))).isEqualTo("Cancelled");
		assertThat(browser.text(By.cssSelector(".monitoring"))).contains("Duplicate of " + original);
		assertThat(browser.findAll(By.cssSelector(".manager-actions"))).as("nothing left to act on").isEmpty();
		browser.find(By.cssSelector("#diagram .djs-element.highlight[data-element-id='end_cancelled']"));
		assertThat(browser.consoleErrors()).isEmpty();
	}

	@Test
	void respondersAreNotOfferedTheManagersActions() {
		String service = fixtures.service("ops", 2);
		String number = fixtures.report("rita", service, "Login page is blank", "HIGH", "HIGH");

		browser.signIn("rita").open("/incidents/" + number);

		assertThat(browser.text(By.tagName("h1"))).contains(number);
		assertThat(browser.findAll(By.cssSelector(".manager-actions"))).isEmpty();
	}

	/**
	 * A P1 (acknowledge within 15 min, resolve within 4 h) detected at 09:00 on
	 * 2034-03-06: diagnosis until 09:30 (taken at 09:10), hotfix until 10:30,
	 * verification until 11:00, then RCA, still running when the manager looks at 12:00.
	 * The bar is as long as the resolve target (4 h), so 30 min is 12.5 % of it.
	 */
	@Test
	void theResolutionTimelineShowsTheTimeInEachStageAgainstTheSla() {
		String service = fixtures.service("ops", 1);
		at("2034-03-06T09:00:00Z");
		String number = fixtures.report("rita", service, "Checkout is down", "CRITICAL", "HIGH");
		at("2034-03-06T09:05:00Z");
		assertThat(fixtures.api()
			.post("mona", "/api/v1/incidents/" + number + "/escalate", Map.of("reason", "Black Friday"))
			.status()).isEqualTo(200);
		at("2034-03-06T09:10:00Z");
		String diagnosis = fixtures.openTask(number);
		assertThat(fixtures.api().post("rita", "/api/v1/tasks/" + diagnosis + "/claim", null).status()).isEqualTo(200);
		at("2034-03-06T09:30:00Z");
		assertThat(fixtures.api()
			.post("rita", "/api/v1/tasks/" + diagnosis + "/complete",
					Map.of("outcome", "NEEDS_FIX", "findings", "Pool exhausted"))
			.status()).isEqualTo(204);
		at("2034-03-06T10:30:00Z");
		complete(fixtures.openTask(number), Map.of("changeDescription", "Pool raised", "reference", "PR-1",
				"deployedAt", "2034-03-06T10:25:00Z", "rollbackPlan", "Revert PR-1", "testedInStaging", true));
		at("2034-03-06T11:00:00Z");
		complete(fixtures.openTask(number), Map.of("checksRun", "Smoke test", "passed", true, "evidence", "Green"));

		at("2034-03-06T12:00:00Z");
		browser.signIn("mona").open("/incidents/" + number + "#resolution");

		assertThat(spent()).containsExactly("Detection < 1 min", "Prioritisation < 1 min", "Diagnosis 30 min",
				"Hotfix 1 h", "Verification 30 min", "Root cause analysis 1 h");
		assertThat(bar("DIAGNOSIS")).containsExactly("0.0%", "12.5%", "1800");
		assertThat(bar("HOTFIX")).containsExactly("12.5%", "25.0%", "3600");
		assertThat(bar("VERIFICATION")).containsExactly("37.5%", "12.5%", "1800");
		assertThat(bar("ROOT_CAUSE_ANALYSIS")).containsExactly("50.0%", "25.0%", "3600");
		assertThat(browser.find(By.cssSelector("line[data-target='Acknowledge']")).getAttribute("x1"))
			.isEqualTo("6.25%");
		assertThat(browser.find(By.cssSelector("line[data-target='Resolve']")).getAttribute("x1")).isEqualTo("100.0%");
		assertThat(browser.text(By.cssSelector("#resolution-targets li[data-target='Acknowledge']")))
			.isEqualTo("Acknowledge within 15 min (due 2034-03-06 09:15 UTC): met after 10 min");
		assertThat(browser.text(By.cssSelector("#resolution-targets li[data-target='Resolve']")))
			.isEqualTo("Resolve within 4 h (due 2034-03-06 13:00 UTC): met after 2 h");
		assertThat(browser.text(By.cssSelector("#resolution-targets .escalation")))
			.isEqualTo("Escalated at 2034-03-06 09:05 UTC by mona");
		assertThat(browser.text(By.cssSelector("#resolution-stages tr[data-stage='ROOT_CAUSE_ANALYSIS']")))
			.contains("now (running)");
		assertThat(browser.consoleErrors()).isEmpty();
		browser.screenshot("resolution-timeline");

		// leaves nothing open in the ops queue for other tests
		at("2034-03-06T12:30:00Z");
		complete(fixtures.openTask(number), Map.of("rootCauseCategory", "CAPACITY", "fiveWhys", List.of("Pool"),
				"contributingFactors", "None", "preventiveActions", "Autoscale"));
		browser.open("/incidents/" + number);
		assertThat(spent()).as("closed: RCA ended at closing").endsWith("Root cause analysis 1 h 30 min");
	}

	/** Each stage's row: its name and the time spent. */
	private List<String> spent() {
		return browser.findAll(By.cssSelector("#resolution-stages tbody tr"))
			.stream()
			.map(row -> row.findElement(By.tagName("th")).getText() + " "
					+ row.findElement(By.cssSelector(".spent")).getText())
			.toList();
	}

	/** Where the stage's bar starts and how wide it is, and its seconds. */
	private List<String> bar(String stage) {
		var rect = browser.find(By.cssSelector("svg.resolution-bar rect[data-stage='" + stage + "']"));
		return List.of(rect.getAttribute("x"), rect.getAttribute("width"), rect.getAttribute("data-seconds"));
	}

	/**
	 * Reports an incident at {@code detected}; rita takes the diagnosis at
	 * {@code acknowledged} (which acknowledges it) and finds it fixed by operations; the
	 * verification passes at {@code resolved}. A P4 needs no RCA, so it closes there
	 * (titles differ: the same title twice would be a recurring problem, which needs
	 * RCA).
	 */
	private void walk(String service, String title, String detected, String acknowledged, String resolved) {
		at(detected);
		String number = fixtures.report("rita", service, title, "LOW", "LOW");
		at(acknowledged);
		complete(fixtures.openTask(number), Map.of("outcome", "FIXED_BY_OPERATIONS", "findings", "Restarted"));
		at(resolved);
		complete(fixtures.openTask(number), Map.of("checksRun", "Smoke test", "passed", true, "evidence", "Green"));
		assertThat(fixtures.api().get("mona", "/api/v1/incidents/" + number).body().get("status").asText())
			.isEqualTo("CLOSED");
	}

	private void complete(String task, Map<String, Object> form) {
		assertThat(fixtures.api().post("rita", "/api/v1/tasks/" + task + "/claim", null).status()).isEqualTo(200);
		assertThat(fixtures.api().post("rita", "/api/v1/tasks/" + task + "/complete", form).status()).isEqualTo(204);
	}

	private static void at(String instant) {
		ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
	}

	/** MTTA, acknowledged, MTTR, resolved of a week's row. */
	private List<String> week(String period) {
		return browser.findAll(By.cssSelector("#speed-by-week tr[data-week='" + period + "'] td"))
			.stream()
			.map(cell -> cell.getText())
			.toList();
	}

	/** Opened and resolved of a day's row. */
	private List<String> day(String date) {
		return browser.findAll(By.cssSelector("#flow-by-day tr[data-day='" + date + "'] td"))
			.stream()
			.map(cell -> cell.getText())
			.toList();
	}

	/** What Chart.js holds for the canvas's chart: it exists, with these numbers. */
	@SuppressWarnings("unchecked")
	private List<Object> chartData(String canvas, int dataset) {
		return (List<Object>) browser.script(
				"return Chart.getChart(document.getElementById(arguments[0])).data.datasets[arguments[1]].data", canvas,
				dataset);
	}

	/** Pixels the chart painted on its canvas: a blank canvas has none. */
	private long paintedPixels(String canvas) {
		return (Long) browser.script("var c = document.getElementById(arguments[0]);"
				+ " var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data, n = 0;"
				+ " for (var i = 3; i < d.length; i += 4) { if (d[i] > 0) { n++; } } return n;", canvas);
	}

}
