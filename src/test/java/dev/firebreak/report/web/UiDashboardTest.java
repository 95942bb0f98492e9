package dev.firebreak.report.web;

import java.util.List;
import java.util.Map;

import dev.firebreak.FirebreakTest;
import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.incident.TestServices;
import dev.firebreak.security.people.TestPeople;
import dev.firebreak.web.Chromium;
import dev.firebreak.web.UiBrowser;
import dev.firebreak.web.UiFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's filters (time range, team; every wrong one named), the drill-down from
 * a chart's bar and from a figure to the incidents behind it, axes in the unit of their
 * values, the figures folded away, and a phone layout a few screens long.
 */
@FirebreakTest
@ExtendWith(Chromium.class)
class UiDashboardTest {

	/** A phone's screen in CSS pixels (a common 390 × 844 phone). */
	private static final long PHONE_SCREEN = 844;

	@LocalServerPort
	int port;

	@Autowired
	ServiceCatalogue catalogue;

	@Autowired
	TestPeople people;

	UiFixtures fixtures;

	UiBrowser browser;

	String team;

	String number;

	@BeforeEach
	void setUp() {
		fixtures = new UiFixtures(port, catalogue);
		browser = new UiBrowser(port);
		team = people.newTeam("dash");
		String service = TestServices.fresh(catalogue, "dash", 1, team);
		number = fixtures.report("mona", service, "Payments time out", "CRITICAL", "HIGH");
	}

	@Test
	void aBarOfTheOpenIncidentsChartLeadsToTheIncidentsBehindIt() {
		browser.signIn("mona").open("/dashboard?team=" + team);
		browser.find(By.cssSelector("#open-chart"));
		assertThat(browser.text(By.id("showing"))).contains("team " + team);
		assertThat(browser.findAll(By.cssSelector("#open-by-team tbody tr"))).as("only the chosen team").hasSize(1);

		WebElement canvas = browser.find(By.id("open-chart"));
		@SuppressWarnings("unchecked")
		Map<String, Number> bar = (Map<String, Number>) browser.script("""
				var chart = Chart.getChart(arguments[0]), box = arguments[0].getBoundingClientRect();
				var p1 = chart.getDatasetMeta(0).data[0];
				return { x: p1.x - box.width / 2, y: (p1.y + p1.base) / 2 - box.height / 2 };
				""", canvas);
		browser.clickAt(canvas, bar.get("x").intValue(), bar.get("y").intValue());
		browser.waitUntil(page -> browser.path().startsWith("/dashboard/incidents"));

		assertThat(browser.path()).contains("kind=open", "team=" + team, "priority=P1");
		assertThat(browser.findAll(By.cssSelector("#behind tbody tr")))
			.extracting(row -> row.getAttribute("data-incident"))
			.containsExactly(number);
		assertThat(browser.text(By.id("behind-total"))).isEqualTo("1 incident");
		assertThat(browser.consoleErrors()).isEmpty();
	}

	@Test
	void aFigureOfTheTrendsLeadsToTheIncidentsItCounts() {
		browser.signIn("mona").open("/dashboard?range=7d&team=" + team);
		assertThat(browser.findAll(By.cssSelector("#flow-by-day tbody tr"))).as("a week of days").hasSize(7);
		assertThat(browser
			.script("return Chart.getChart(document.getElementById('flow-chart')).options.scales.x.title.text"))
			.isEqualTo("Day");
		browser.click(By.cssSelector("#flow-figures summary"));
		browser.clickAndLoad(By.cssSelector("#flow-by-day tbody tr:last-child td.opened a"));

		assertThat(browser.text(By.tagName("h1"))).startsWith("Incidents opened on ").endsWith("of team " + team);
		assertThat(browser.findAll(By.cssSelector("#behind tbody tr")))
			.extracting(row -> row.getAttribute("data-incident"))
			.containsExactly(number);
	}

	@Test
	void wrongFiltersAreNamedTogetherAndThePageStillAnswers() {
		browser.signIn("mona").open("/dashboard?range=custom&from=2026-03-09&to=2026-03-02&team=no-such-team");

		assertThat(browser.text(By.id("team-error"))).contains("no-such-team");
		assertThat(browser.text(By.id("to-error"))).contains("2026-03-09");
		assertThat(browser.find(By.id("from")).getAttribute("value")).as("kept as typed").isEqualTo("2026-03-09");
		assertThat(browser.text(By.id("showing"))).contains("every team");

		browser.open("/dashboard?range=fortnight&from=yesterday");
		assertThat(browser.text(By.id("range-error"))).isNotEmpty();
	}

	@Test
	void theAxesNameTheirUnitsAndThePhoneLayoutIsAFewScreensLong() {
		// a title pasted from a browser's address bar is one long word; it must wrap, not
		// widen the page (the dashboard lists it under "Paged nobody")
		fixtures.report("mona", TestServices.fresh(catalogue, "dash", 1, team),
				"https://shop.example.com/api/v2/checkout/sessions/confirm-payment-and-reserve-stock-times-out",
				"CRITICAL", "HIGH");
		browser.signIn("mona").open("/dashboard");
		for (String chart : List.of("open-chart", "mtta-chart", "mttr-chart", "flow-chart")) {
			assertThat(
					browser.script(
							"var s = Chart.getChart(document.getElementById(arguments[0])).options.scales;"
									+ " return s.x.title.display && s.y.title.display && s.y.title.text.length > 0",
							chart))
				.as("%s has axis titles", chart)
				.isEqualTo(true);
		}
		assertThat(browser.findAll(By.cssSelector("details.figures:not([open])"))).as("the figures are folded")
			.hasSizeGreaterThanOrEqualTo(3);

		Object[] heights = browser.atWidth(400, () -> new Object[] {
				browser.script("return document.documentElement.scrollHeight"),
				browser.script("return window.innerHeight"),
				// what takes the room, should it be too long
				browser.script("return Array.from(document.querySelectorAll('body > header, main > *'))"
						+ ".map(e => (e.id || e.className || e.tagName) + ' ' + Math.round(e.getBoundingClientRect().height))"
						+ ".join(', ')") });
		assertThat((Long) heights[0]).as("at 400 px the page is about three phone screens long: %s", heights[2])
			.isLessThanOrEqualTo(3 * PHONE_SCREEN);
		assertThat(browser.fitsWidth(400)).isTrue();
		browser.screenshot("dashboard-phone", 400);
	}

}
