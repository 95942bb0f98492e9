package dev.firebreak.report.web;

import dev.firebreak.web.UiBrowser;
import dev.firebreak.web.Chromium;
import dev.firebreak.web.UiFixtures;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import dev.firebreak.ApiClient;
import dev.firebreak.FirebreakTest;
import dev.firebreak.incident.Priority;
import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.report.ReportTestData;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily and the monthly report as pages, on known data: backdated incidents of one
 * service in May 2032, a month no other test uses. The figures are worked out by hand in
 * the comments.
 */
@FirebreakTest
@ExtendWith(Chromium.class)
class UiReportPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	ServiceCatalogue catalogue;

	@Autowired
	ReportTestData data;

	UiFixtures fixtures;

	UiBrowser browser;

	String service;

	long late;

	@BeforeEach
	void setUp() {
		fixtures = new UiFixtures(port, catalogue);
		browser = new UiBrowser(port);
		service = data.service("reports-ui", 2, "ops");
		// the day before: acknowledged after 10 min, resolved after 1 h, both in time
		data.incident(service, Priority.P2)
			.detected("2032-05-10T10:00:00Z")
			.acknowledged("2032-05-10T10:10:00Z")
			.resolved("2032-05-10T11:00:00Z")
			.due("2032-05-10T10:30:00Z", "2032-05-10T18:00:00Z")
			.insert();
		// the report day: 20 min and 2 h, in time ...
		data.incident(service, Priority.P2)
			.detected("2032-05-11T08:00:00Z")
			.acknowledged("2032-05-11T08:20:00Z")
			.resolved("2032-05-11T10:00:00Z")
			.due("2032-05-11T08:30:00Z", "2032-05-11T16:00:00Z")
			.insert();
		// ... and 40 min and 11 h, both late (by 10 min and by 3 h)
		late = data.incident(service, Priority.P2)
			.title("Refunds are stuck")
			.detected("2032-05-11T09:00:00Z")
			.acknowledged("2032-05-11T09:40:00Z")
			.resolved("2032-05-11T20:00:00Z")
			.due("2032-05-11T09:30:00Z", "2032-05-11T17:00:00Z")
			.insert();
		long probe = data.probe(service);
		data.sample(probe, "2032-05-11T12:00:00Z", true, 100);
		data.sample(probe, "2032-05-11T12:01:00Z", true, 200);
		data.sample(probe, "2032-05-11T12:02:00Z", false, null);
	}

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
		data.deleteProbes();
	}

	@Test
	void theDailyReportShowsTheDaysFiguresAgainstTheDayBeforeAndTheBaseline() throws Exception {
		browser.signIn("audra");
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2032-06-02T09:00:00Z")));
		browser.open("/reports/daily?date=2032-05-11");

		assertThat(browser.title()).startsWith("Daily report");
		String figures = "table.evaluation-service[data-service='" + service + "'] ";
		// MTTA (20 + 40) / 2 = 30 min against 10 min the day before, the only day with a
		// value in the 30 before; MTTR (2 h + 11 h) / 2
		assertThat(row(figures, "Incidents resolved")).containsExactly("2", "1", "↑ up 100 %", "0.03", "↑ up 5900 %");
		assertThat(row(figures, "MTTA")).containsExactly("30 min", "10 min", "↑ up 200 %", "10 min", "↑ up 200 %");
		assertThat(row(figures, "MTTR")).containsExactly("6 h 30 min", "1 h", "↑ up 550 %", "1 h", "↑ up 550 %");
		assertThat(row(figures, "SLA compliance, resolve")).containsExactly("50 %", "100 %", "↓ down 50 %", "100 %",
				"↓ down 50 %");
		assertThat(row(figures, "Hotfixes deployed")).containsExactly("0", "0", "→ no change", "0", "→ no change");
		// two of three probe samples were up
		assertThat(browser.text(By.cssSelector("#monitoring tr[data-service='" + service + "']"))).contains("66.667 %",
				"33.333 %");
		assertThat(browser.findAll(By.id("evaluation-total"))).as("auditors see the organisation").hasSize(1);
		assertThat(browser.consoleErrors()).isEmpty();
		browser.screenshot("report-daily");

		HttpResponse<byte[]> workbook = browser.fetch(browser.find(By.id("report-workbook")).getAttribute("href"));
		assertThat(workbook.statusCode()).isEqualTo(200);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook.body()))) {
			assertThat(book.getSheet("Evaluation")).isNotNull();
		}

		browser.signIn("rita");
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2032-06-02T09:00:00Z")));
		browser.open("/reports/daily?date=2032-05-11");
		assertThat(browser.text(By.id("report-scope"))).startsWith("Your teams only:").contains("ops");
		assertThat(browser.findAll(By.id("evaluation-total"))).as("no organisation-wide totals").isEmpty();
		assertThat(row(figures, "MTTA")).first().isEqualTo("30 min");
	}

	@Test
	void theMonthlyReportShowsComplianceBreachesAndUptime() throws Exception {
		String waited = waitedOnTheVendor();
		browser.signIn("mona");
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2032-06-02T09:00:00Z")));
		browser.open("/reports/sla?month=2032-05");

		assertThat(browser.text(By.id("report-period"))).isEqualTo("the whole month");
		List<String> p2 = cells("table.compliance-service[data-service='" + service + "'] tr[data-priority='P2'] td");
		assertThat(p2).containsExactly("3", "2", "66.67 %", "3", "2", "66.67 %");
		String number = ReportTestData.number(late);
		assertThat(
				browser.text(By.cssSelector("#breaches tr[data-incident='" + number + "'][data-clock='acknowledge']")))
			.contains("10 min");
		assertThat(browser.text(By.cssSelector("#breaches tr[data-incident='" + number + "'][data-clock='resolve']")))
			.contains("Refunds are stuck", "3 h");
		assertThat(cells("#uptime tr[data-service='" + service + "'] td")).endsWith("99.9 %", "3", "66.667 %",
				"66.667 %", "Missed");
		// the wait from 10:00 to 12:00 moved the resolve due time from 17:00 to 19:00;
		// acknowledged at 09:05, before the wait, the acknowledge due time stays
		String waitingRow = "#waiting tr[data-incident='" + waited + "']";
		assertThat(browser.text(By.cssSelector(waitingRow))).contains("CDN is slow", "Third party",
				"Waiting on the CDN vendor");
		assertThat(browser.text(By.cssSelector(waitingRow + " .waits"))).isEqualTo("1");
		assertThat(browser.text(By.cssSelector(waitingRow + " .waited"))).isEqualTo("2 h");
		assertThat(browser.text(By.cssSelector(waitingRow + " .acknowledge-due"))).contains("09:30");
		assertThat(browser.text(By.cssSelector(waitingRow + " .resolve-due"))).contains("19:00");
		assertThat(browser.atWidth(400, () -> browser.text(By.cssSelector(waitingRow + " .waited")))).contains("2 h");
		assertThat(browser.atWidth(400, () -> browser.overflowing("#waiting td, #waiting a"))).isEmpty();
		assertThat(browser.fitsWidth(400)).isTrue();
		browser.screenshot("report-sla-phone", 400);
		assertThat(browser.consoleErrors()).isEmpty();
		browser.screenshot("report-sla");

		HttpResponse<byte[]> workbook = browser.fetch(browser.find(By.id("report-workbook")).getAttribute("href"));
		assertThat(workbook.statusCode()).isEqualTo(200);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook.body()))) {
			assertThat(book.getSheet("Breaches")).isNotNull();
			assertThat(book.getSheet("Waiting").getRow(1).getCell(0).getStringCellValue()).isEqualTo(waited);
		}
	}

	/**
	 * An incident of another service (the figures above stay theirs) that waited on a
	 * vendor for two hours, paused and resumed as a responder would, through the API.
	 */
	private String waitedOnTheVendor() {
		String other = data.service("reports-ui-waits", 2, "ops");
		String number = ReportTestData.number(data.incident(other, Priority.P2)
			.title("CDN is slow")
			.detected("2032-05-20T09:00:00Z")
			.acknowledged("2032-05-20T09:05:00Z")
			.due("2032-05-20T09:30:00Z", "2032-05-20T17:00:00Z")
			.insert());
		ApiClient api = data.api();
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2032-05-20T10:00:00Z")));
		ApiClient.Response paused = api.post("mona", "/api/v1/incidents/" + number + "/waiting",
				Map.of("reason", "THIRD_PARTY", "note", "Waiting on the CDN vendor"));
		assertThat(paused.status()).as(paused.body().toString()).isEqualTo(201);
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2032-05-20T12:00:00Z")));
		ApiClient.Response resumed = api.delete("mona", "/api/v1/incidents/" + number + "/waiting");
		assertThat(resumed.status()).as(resumed.body().toString()).isEqualTo(200);
		return number;
	}

	@Test
	void aDayThatCannotBeReadOrIsNotOverIsSaidBesideThePicker() {
		browser.signIn("audra");
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2032-06-02T09:00:00Z")));

		browser.open("/reports/daily?date=2032-02-30");
		assertThat(browser.text(By.id("date-error"))).isEqualTo("Must be a date like 2026-03-02.");
		browser.open("/reports/daily?date=2032-06-02");
		assertThat(browser.text(By.cssSelector(".problem"))).contains("does not exist yet");
		browser.open("/reports/sla?month=May");
		assertThat(browser.text(By.id("month-error"))).isEqualTo("Must be a month like 2026-03.");
		assertThat(browser.findAll(By.cssSelector(".status-code"))).as("never an error page").isEmpty();
		assertThat(browser.findAll(By.id("report-picker"))).hasSize(1);
	}

	/**
	 * The cells after the figure's name: this day, day before, change, baseline, change.
	 */
	private List<String> row(String table, String metric) {
		return cells(table + "tr[data-metric='" + metric + "'] td");
	}

	private List<String> cells(String css) {
		return browser.findAll(By.cssSelector(css)).stream().map(WebElement::getText).toList();
	}

}
