package dev.firebreak.export.web;

import dev.firebreak.web.UiBrowser;
import dev.firebreak.web.Chromium;
import dev.firebreak.web.UiFixtures;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import dev.firebreak.FirebreakTest;
import dev.firebreak.export.ExportGate;
import dev.firebreak.incident.ServiceCatalogue;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An auditor's work in the browser: searching the issue log, exporting it to Excel and
 * following the export to its download, and verifying the audit trail. Responders are
 * offered none of it and are refused it.
 */
@FirebreakTest
@ExtendWith(Chromium.class)
class UiAuditorTest {

	@LocalServerPort
	int port;

	@Autowired
	ServiceCatalogue catalogue;

	@Autowired
	ExportGate gate;

	@Autowired
	JdbcClient jdbc;

	UiFixtures fixtures;

	UiBrowser browser;

	@BeforeEach
	void setUp() {
		fixtures = new UiFixtures(port, catalogue);
		browser = new UiBrowser(port);
	}

	@Test
	void anAuditorStartsAnExportWatchesItFinishAndDownloadsAWorkbookPoiOpens() throws Exception {
		String service = fixtures.service("ops", 2);
		String first = fixtures.report("rita", service, "Checkout returns 502", "HIGH", "HIGH");
		String second = fixtures.report("ravi", service, "Checkout is slow", "LOW", "LOW");

		browser.signIn("audra").open("/issue-log");
		new Select(browser.find(By.id("service"))).selectByValue(service);
		browser.clickAndLoad(By.id("search"));
		assertThat(browser.text(By.id("issue-log-total"))).startsWith("2 incidents");
		assertThat(browser.findAll(By.cssSelector("#issue-log tbody a")).stream().map(WebElement::getText))
			.containsExactly(second, first);

		// held after counting its rows, before writing any: provably still running
		gate.hold(service);
		String total;
		try {
			browser.clickAndLoad(By.id("export"));
			assertThat(browser.path()).matches("/exports/\\d+");
			assertThat(browser.text(By.id("export-filters"))).isEqualTo("service=" + service);
			browser.waitUntil(page -> browser.text(By.id("export-rows")).matches("0 of \\d+ rows written \\(0 %\\)"));
			WebElement bar = browser.find(By.id("export-bar"));
			total = bar.getAttribute("max");
			assertThat(Long.parseLong(total)).as("incidents, timeline entries and tasks").isGreaterThan(2);
			assertThat(bar.getAttribute("value")).isEqualTo("0");
			assertThat(browser.find(By.id("export-progress")).getAttribute("hx-get")).as("still polling").isNotNull();
			assertThat(browser.findAll(By.id("export-download"))).isEmpty();
			browser.screenshot("export-running");
		}
		finally {
			gate.open(service);
		}

		// the page was not reloaded: the polled fragment brought the finished state
		browser.waitUntil(Duration.ofSeconds(30), page -> !browser.findAll(By.id("export-download")).isEmpty());
		assertThat(browser.text(By.id("export-status"))).startsWith("Done");
		assertThat(browser.text(By.id("export-rows"))).isEqualTo(total + " of " + total + " rows written (100 %)");
		assertThat(browser.find(By.id("export-bar")).getAttribute("value")).isEqualTo(total);
		assertThat(browser.find(By.id("export-progress")).getAttribute("hx-get")).as("polling stopped").isNull();
		assertThat(browser.consoleErrors()).isEmpty();

		HttpResponse<byte[]> download = fetch(browser.find(By.id("export-download")).getAttribute("href"));
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Type"))
			.hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(download.body()));
		assertThat(browser.text(By.id("export-sha256"))).isEqualTo(sha256);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
			Sheet incidents = workbook.getSheet("Incidents");
			assertThat(incidents.getLastRowNum()).isEqualTo(2);
			assertThat(List.of(incidents.getRow(1).getCell(0).getStringCellValue(),
					incidents.getRow(2).getCell(0).getStringCellValue()))
				.containsExactly(first, second);
			assertThat(incidents.getRow(1).getCell(2).getStringCellValue()).isEqualTo(service);
		}
		assertThat(jdbc
			.sql("select count(*) from fb_audit_log where action = 'ISSUE_LOG_EXPORTED' and actor = ?"
					+ " and target = ?")
			.params("audra", "export job " + browser.path().substring("/exports/".length()))
			.query(Long.class)
			.single()).as("audited as the API's exports are").isEqualTo(1);
	}

	@Test
	void badFiltersAreAllNamedBesideTheFieldsAtOnce() {
		// the pickers offer only good values: bad ones come from a hand-edited address
		browser.signIn("audra")
			.open("/issue-log?from=last-tuesday&to=2026-03-01&service=no-such-service"
					+ "&team=no-such-team&priority=P9&status=SLEEPING");

		assertThat(browser.text(By.id("from-error"))).startsWith("Must be a day like 2026-03-02");
		assertThat(browser.text(By.id("service-error"))).isEqualTo("Is not a service in the catalogue.");
		assertThat(browser.text(By.id("team-error"))).isEqualTo("Is not a team.");
		assertThat(browser.text(By.id("priority-error"))).startsWith("Must be one of P1, P2");
		assertThat(browser.text(By.id("status-error"))).startsWith("Must be one of OPEN");
		assertThat(browser.findAll(By.id("export"))).as("nothing to export yet").isEmpty();
		assertThat(browser.findAll(By.id("issue-log"))).as("nothing searched").isEmpty();

		browser.open("/issue-log?from=2026-03-09&to=2026-03-02");
		assertThat(browser.text(By.id("to-error"))).isEqualTo("Must be after from.");
		assertThat(browser.find(By.id("to")).getAttribute("value")).isEqualTo("2026-03-02");
		assertThat(browser.findAll(By.cssSelector(".status-code"))).as("never an error page").isEmpty();
		assertThat(browser.consoleErrors()).isEmpty();
	}

	@Test
	void theVerificationSaysIntactAndNamesAChangedTimelineEntry() {
		String number = fixtures.report("rita", fixtures.service("ops", 2), "Invoices are duplicated", "HIGH",
				"MEDIUM");
		browser.signIn("audra").open("/audit/verify");
		assertThat(browser.text(By.id("verdict"))).contains("Intact");
		assertThat(Long.parseLong(browser.text(By.id("timeline-entries")))).isPositive();
		assertThat(browser.text(By.id("audit-head-hash"))).matches("[0-9a-f]{64}");
		assertThat(browser.findAll(By.id("timeline-first"))).isEmpty();

		Map<String, Object> second = jdbc
			.sql("select e.id, e.actor from fb_timeline_entry e join fb_incident i on i.id = e.incident_id"
					+ " where i.id = ? order by e.id")
			.param(dev.firebreak.incident.Incident.idOf(number))
			.query()
			.listOfRows()
			.get(1);
		long id = ((Number) second.get("id")).longValue();
		try {
			// as in the hash-chain tests: someone edits the stored row behind the
			// application's back
			jdbc.sql("update fb_timeline_entry set actor = ? where id = ?").params("mallory", id).update();

			browser.open("/audit/verify");

			assertThat(browser.text(By.id("verdict"))).contains("Broken");
			assertThat(browser.text(By.id("timeline-first"))).contains("timeline entry " + id, number,
					"content does not match its hash");
			assertThat(browser.text(By.id("timeline-broken"))).isEqualTo("1");
			browser.screenshot("audit-verify-broken");
			browser.clickAndLoad(By.cssSelector("#timeline-first a"));
			assertThat(browser.path()).isEqualTo("/incidents/" + number);
		}
		finally {
			jdbc.sql("update fb_timeline_entry set actor = ? where id = ?").params(second.get("actor"), id).update();
		}
		browser.open("/audit/verify");
		assertThat(browser.text(By.id("verdict"))).contains("Intact");
	}

	@Test
	void aResponderSeesNoAuditNavigationAndIsRefusedTheIssueLog() {
		browser.signIn("rita");
		assertThat(browser.findAll(By.cssSelector("nav[aria-label='Main'] a")).stream().map(WebElement::getText))
			.contains("Reports")
			.doesNotContain("Issue log", "Audit trail");

		for (String page : List.of("/issue-log", "/audit/verify", "/exports/1")) {
			browser.open(page);
			assertThat(browser.text(By.cssSelector(".status-code"))).as(page).isEqualTo("403");
		}
		assertThat(jdbc
			.sql("select count(*) from fb_audit_log where action = 'ACCESS_DENIED' and actor = 'rita'"
					+ " and target = 'GET /issue-log'")
			.query(Long.class)
			.single()).as("audited").isPositive();
	}

	private HttpResponse<byte[]> fetch(String url) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.header("Cookie", "SESSION=" + browser.cookie("SESSION"))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

}
