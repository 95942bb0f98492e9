package dev.firebreak.web;

import java.time.Duration;
import java.util.List;

import dev.firebreak.FirebreakTest;
import dev.firebreak.incident.Impact;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.NewIncident;
import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.incident.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Defects 6 and 7: cards hold their text at laptop and phone width, table rows keep their
 * lines through the action cells, the report pickers are full-size and in line with their
 * button, and counts and sizes read as words.
 */
@FirebreakTest
@ExtendWith(Chromium.class)
class UiLayoutTest {

	private static final int PHONE = 400;

	private static final int LAPTOP = 1280;

	@LocalServerPort
	int port;

	@Autowired
	ServiceCatalogue catalogue;

	@Autowired
	IncidentService incidents;

	UiFixtures fixtures;

	UiBrowser browser;

	@BeforeEach
	void setUp() {
		fixtures = new UiFixtures(port, catalogue);
		browser = new UiBrowser(port);
	}

	@Test
	void theIncidentSummaryHoldsALongReporterName() {
		String service = fixtures.service("ops", 3);
		String number = incidents
			.report(new NewIncident("Status page probe fails", null, service, Severity.LOW, Impact.LOW),
					"integration:uptime-kuma-status-page-production-eu-west-1")
			.number();

		browser.signIn("rita").open("/incidents/" + number);

		assertThat(browser.text(By.cssSelector(".summary .facts"))).contains("integration:uptime-kuma");
		for (int width : List.of(LAPTOP, PHONE)) {
			assertThat(browser.atWidth(width, () -> browser.overflowing(".facts > div, .facts dd")))
				.as("cards at %d px", width)
				.isEmpty();
		}
		browser.screenshot("layout-incident-integration", PHONE);
	}

	@Test
	void theExportPageHoldsItsFiltersAndSaysSizesInWords() {
		String service = fixtures.service("ops", 3);
		fixtures.report("rita", service, "Export layout check", "LOW", "LOW");

		browser.signIn("audra")
			.open("/issue-log?from=2020-01-01&to=2036-01-01&team=ops&priority=P4&service=" + service);
		assertThat(browser.text(By.id("issue-log-total"))).startsWith("1 incident,");
		browser.clickAndLoad(By.id("export"));
		browser.waitUntil(Duration.ofSeconds(30), done -> !browser.findAll(By.id("export-download")).isEmpty());

		assertThat(browser.text(By.id("export-filters"))).contains("from=2020-01-01T00:00:00Z");
		String facts = browser.text(By.id("export-progress"));
		assertThat(facts).doesNotContain("(s)", "bytes").containsPattern("\\d+\\.\\d kB").contains("1 row\n");
		for (int width : List.of(LAPTOP, PHONE)) {
			assertThat(browser.atWidth(width, () -> browser.overflowing(".facts > div, .facts dd")))
				.as("cards at %d px", width)
				.isEmpty();
			assertThat(browser.fitsWidth(width)).isTrue();
		}
		browser.screenshot("layout-export");
		browser.screenshot("layout-export-phone", PHONE);
	}

	/**
	 * Issue 12's accessibility basics that axe does not judge: the first Tab reaches a
	 * skip link to the content, and the focus ring on the dark header contrasts with it
	 * by at least 3:1 (WCAG 1.4.11), computed from the styles the browser applies.
	 */
	@Test
	void theFirstTabSkipsToTheContentAndTheHeadersFocusRingStandsOut() {
		browser.signIn("rita").open("/work");
		browser.find(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);
		assertThat(browser.script("return document.activeElement.className")).isEqualTo("skip-link");
		assertThat(browser.script("return document.activeElement.getAttribute('href')")).isEqualTo("#main");

		browser.find(By.cssSelector(".skip-link")).sendKeys(org.openqa.selenium.Keys.TAB);
		assertThat(browser.script("return document.activeElement.closest('.site-header') !== null"
				+ " && getComputedStyle(document.activeElement).outlineStyle"))
			.isEqualTo("solid");
		Object ratio = browser
			.script("""
					function rgb(text) { return text.match(/\\d+(\\.\\d+)?/g).slice(0, 3).map(Number); }
					function lum(c) { return c.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })
					  .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0); }
					var ring = lum(rgb(getComputedStyle(document.activeElement).outlineColor));
					var header = lum(rgb(getComputedStyle(document.querySelector('.site-header')).backgroundColor));
					return (Math.max(ring, header) + 0.05) / (Math.min(ring, header) + 0.05);
					""");
		assertThat(((Number) ratio).doubleValue()).as("focus ring against the header").isGreaterThanOrEqualTo(3.0);
	}

	@Test
	void thePeopleTableKeepsItsRowLinesThroughTheActions() {
		browser.signIn("adam").open("/admin/people");

		assertThat(browser.script("""
				return Array.from(document.querySelectorAll('#people tbody tr')).flatMap(row =>
				  Array.from(row.cells).filter(cell => getComputedStyle(cell).display !== 'table-cell'
				    || Math.abs(cell.getBoundingClientRect().bottom - row.getBoundingClientRect().bottom) > 1)
				  .map(cell => row.dataset.user + ' ' + cell.dataset.label))
				""")).as("cells that end above their row's line").asList().isEmpty();
		assertThat(browser.findAll(By.cssSelector("#people thead th"))).hasSize(6);
		assertThat(browser.fitsWidth(PHONE)).isTrue();
		browser.screenshot("layout-people");
		browser.screenshot("layout-people-phone", PHONE);
	}

	@Test
	void theReportPickersAreFullSizeAndInLineWithTheirButton() {
		browser.signIn("audra");
		for (String page : List.of("/reports/sla", "/reports/daily")) {
			browser.open(page);
			for (int width : List.of(LAPTOP, PHONE)) {
				browser.atWidth(width, () -> {
					Number height = (Number) browser
						.script("return document.querySelector('#report-picker input').getBoundingClientRect().height");
					Number inputWidth = (Number) browser
						.script("return document.querySelector('#report-picker input').getBoundingClientRect().width");
					Number misaligned = (Number) browser.script("""
							const input = document.querySelector('#report-picker input').getBoundingClientRect();
							const button = document.querySelector('#show-report').getBoundingClientRect();
							return Math.abs(input.bottom - button.bottom);
							""");
					assertThat(height.doubleValue()).as("%s picker height at %d px", page, width)
						.isGreaterThanOrEqualTo(38);
					assertThat(inputWidth.doubleValue()).as("%s picker width at %d px", page, width)
						.isGreaterThanOrEqualTo(150);
					assertThat(misaligned.doubleValue()).as("%s picker and button bottoms at %d px", page, width)
						.isLessThanOrEqualTo(2);
					return null;
				});
			}
		}
		browser.screenshot("layout-report-picker");
	}

}
