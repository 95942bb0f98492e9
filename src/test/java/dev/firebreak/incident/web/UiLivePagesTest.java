package dev.firebreak.incident.web;

import java.time.Duration;
import java.util.Map;

import dev.firebreak.FirebreakTest;
import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.web.Chromium;
import dev.firebreak.web.UiBrowser;
import dev.firebreak.web.UiFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Live pages, with two real browsers, each with its own session: one person acts, the
 * other watches the incident page, My work or the wall board and sees the change arrive
 * without reloading (a marker set in the watching page survives), while what they were
 * typing stays as it was.
 */
@FirebreakTest
@ExtendWith(Chromium.class)
class UiLivePagesTest {

	/** Generous for a loaded machine; the pages ask every 3 seconds. */
	private static final Duration SOON = Duration.ofSeconds(30);

	@LocalServerPort
	int port;

	@Autowired
	ServiceCatalogue catalogue;

	UiFixtures fixtures;

	UiBrowser acting;

	ChromeDriver secondDriver;

	UiBrowser watching;

	@BeforeEach
	void setUp() {
		fixtures = new UiFixtures(port, catalogue);
		acting = new UiBrowser(port);
		secondDriver = Chromium.another();
		watching = new UiBrowser(port, secondDriver);
	}

	@AfterEach
	void closeSecondBrowser() {
		secondDriver.quit();
	}

	@Test
	void theIncidentPageFollowsWhatSomeoneElseDoesAndKeepsWhatIsBeingTyped() {
		String number = fixtures.report("rita", fixtures.service("ops", 3), "Search is slow", "LOW", "LOW");

		watching.signIn("ravi").open("/incidents/" + number);
		watching.find(By.cssSelector("main[data-live-ready='true']"));
		watching.script("window.notReloaded = true");
		watching.type(By.id("note-text"), "Half a thought\nstill typing");
		watching.click(By.cssSelector("#quick-resolve summary"));
		watching.type(By.id("quick-findings"), "Looks like a cache miss");
		int entriesBefore = watching.findAll(By.cssSelector("#timeline-entries li")).size();

		acting.signIn("rita").open("/incidents/" + number);
		acting.clickAndLoad(By.id("acknowledge"));

		watching.waitUntil(SOON, driver -> watching.text(By.id("status")).equals("Acknowledged"));
		assertThat(watching.text(By.id("open-tasks"))).contains("claimed by rita");
		assertThat(watching.findAll(By.cssSelector("#timeline-entries li"))).hasSizeGreaterThan(entriesBefore);
		assertThat(watching.find(By.id("timeline-news")).isDisplayed()).isTrue();
		assertThat(watching.text(By.id("timeline-news"))).matches("\\d+ new entr(y|ies)");
		assertThat(watching.script("return window.notReloaded === true")).as("no reload").isEqualTo(true);
		assertThat(watching.find(By.id("note-text")).getAttribute("value")).isEqualTo("Half a thought\nstill typing");
		// the region being typed in is left alone: the typed findings stay, the form
		// stays open
		assertThat(watching.find(By.id("quick-findings")).getAttribute("value")).isEqualTo("Looks like a cache miss");
		assertThat(watching.find(By.id("quick-resolve")).getAttribute("open")).isNotNull();

		fixtures.api().post("rita", "/api/v1/incidents/" + number + "/notes", Map.of("text", "Cache node 3 is cold"));
		watching.waitUntil(SOON, driver -> watching.text(By.id("timeline-entries")).contains("Cache node 3 is cold"));
		assertThat(watching.find(By.id("note-text")).getAttribute("value")).isEqualTo("Half a thought\nstill typing");
		assertThat(watching.script("return window.notReloaded === true")).isEqualTo(true);
		assertThat(watching.consoleErrors()).isEmpty();
		watching.screenshot("incident-live");
	}

	@Test
	void myWorkAndTheWallBoardShowNewWorkWithoutAReload() {
		String service = fixtures.service("ops", 3);

		watching.signIn("ravi").open("/work");
		watching.find(By.cssSelector("main[data-live-ready='true']"));
		watching.script("window.notReloaded = true");
		String number = fixtures.report("rita", service, "Invoices are not sent", "LOW", "LOW");
		watching.waitUntil(SOON, driver -> watching.text(By.id("work-lists")).contains("Invoices are not sent"));
		assertThat(watching.script("return window.notReloaded === true")).as("no reload").isEqualTo(true);

		watching.signIn("mona").open("/dashboard?wall=true");
		watching.find(By.cssSelector("main[data-live-ready='true']"));
		assertThat(watching.findAll(By.cssSelector("header.site-header"))).as("no navigation on the wall").isEmpty();
		assertThat(watching.find(By.tagName("body")).getAttribute("class")).contains("wall");
		watching.script("window.notReloaded = true");
		watching.script("document.getElementById('mtta-chart').dataset.marker = 'old'");
		String before = watching.text(By.id("workload-section"));
		acting.signIn("rita").open("/incidents/" + number);
		acting.clickAndLoad(By.id("acknowledge"));
		watching.waitUntil(SOON, driver -> !watching.text(By.id("workload-section")).equals(before));
		assertThat(watching.script("return window.notReloaded === true")).as("no reload").isEqualTo(true);
		assertThat(watching.script("return document.getElementById('mtta-chart').dataset.marker === undefined"
				+ " && window.Chart.getChart(document.getElementById('mtta-chart')) !== undefined"))
			.as("the trend charts were swapped in and drawn again")
			.isEqualTo(true);
		assertThat(watching.consoleErrors()).isEmpty();
		watching.screenshot("dashboard-wall");
	}

	@Test
	void theRouteDiagramOutlinesTheNewStepWithoutAReload() {
		String number = fixtures.report("rita", fixtures.service("ops", 3), "Disk alert on a spare box", "LOW", "LOW");

		watching.signIn("ravi").open("/incidents/" + number);
		watching.find(By.cssSelector("main[data-live-ready='true']"));
		watching.find(By.cssSelector("#diagram.loaded"));
		watching.script("window.notReloaded = true");
		String outlined = "return Array.from(document.querySelectorAll('#diagram .djs-element.highlight'))"
				+ ".map(e => e.getAttribute('data-element-id')).join(',')";
		String before = (String) watching.script(outlined);
		assertThat(before).isNotBlank();

		acting.signIn("rita").open("/incidents/" + number);
		acting.click(By.cssSelector("#quick-resolve summary"));
		acting.click(By.id("quick-false_alarm"));
		acting.type(By.id("quick-findings"), "A spare box nobody uses");
		acting.clickAndLoad(By.id("quick-resolve-button"));

		watching.waitUntil(SOON, driver -> !before.equals(watching.script(outlined)));
		assertThat((String) watching.script(outlined)).as("one step outlined, the one the page names")
			.isEqualTo(watching.find(By.id("current-step")).getAttribute("data-highlight"));
		assertThat(watching.script("return window.notReloaded === true")).as("no reload").isEqualTo(true);
		assertThat(watching.consoleErrors()).isEmpty();
	}

}
