package dev.firebreak.incident.web;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.FirebreakTest;
import dev.firebreak.incident.ServiceCatalogue;
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
 * The timeline as people read it: names, durations in minutes and hours, outcomes in
 * words, no task ids, multi-line text as lines; and the root-cause analysis as a section
 * of its own. The incident is a P1 worked through the API to closed.
 */
@FirebreakTest
@ExtendWith(Chromium.class)
class UiReadableTimelineTest {

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

	@Test
	void theTimelineReadsInWordsAndTheRootCauseHasItsOwnSection() {
		String number = fixtures.report("rita", fixtures.service("ops", 1), "Payments fail", "CRITICAL", "HIGH");
		String diagnosis = work("rita", number, Map.of("outcome", "NEEDS_FIX", "findings", "Pool exhausted"));
		String hotfix = work("rita", number, Map.of("changeDescription", "Raise the pool\nfrom 20 to 80", "reference",
				"PR-7", "deployedAt", "2026-03-02T09:30:00Z", "rollbackPlan", "Revert PR-7", "testedInStaging", true));
		work("rita", number, Map.of("checksRun", "smoke", "passed", true, "evidence", "200 OK"));
		work("rita", number,
				Map.of("rootCauseCategory", "CAPACITY", "fiveWhys", List.of("Payments failed", "The pool was full"),
						"contributingFactors", "Traffic doubled\nNo alert on the pool", "preventiveActions",
						"Alert at 80 %"));

		browser.signIn("mona").open("/incidents/" + number);
		String timeline = browser.text(By.id("timeline-entries"));
		assertThat(timeline).doesNotContain(diagnosis, hotfix);
		assertThat(timeline).doesNotContain("NEEDS_FIX", "FIXED_BY_HOTFIX", "PT15M", "PT4H");
		assertThat(browser.text(By.cssSelector("#timeline-entries li[data-type='REPORTED']")))
			.contains("by Rita Responder", "severity: critical");
		assertThat(browser.text(By.cssSelector("#timeline-entries li[data-type='PRIORITISED']")))
			.contains("acknowledge within 15 min", "resolve within 4 h");
		assertThat(browser.text(By.cssSelector("#timeline-entries li[data-type='DIAGNOSED']")))
			.contains("outcome: needs a fix");
		assertThat(browser.text(By.cssSelector("#timeline-entries li[data-type='HOTFIX_DEPLOYED']")))
			.contains("change description: Raise the pool\nfrom 20 to 80", "tested in staging: yes");
		assertThat(browser.text(By.cssSelector("#timeline-entries li[data-type='CLOSED']")))
			.contains("resolution: fixed by hotfix");
		assertThat(browser.text(By.cssSelector("#timeline-entries li[data-type='TASK_OFFERED']")))
			.contains("stage: hotfix", "to: Rita Responder");

		assertThat(browser.text(By.id("rca-category"))).isEqualTo("Capacity");
		List<WebElement> whys = browser.findAll(By.cssSelector("#rca-whys li"));
		assertThat(whys).extracting(WebElement::getText).containsExactly("Payments failed", "The pool was full");
		assertThat(browser.text(By.id("rca-factors"))).isEqualTo("Traffic doubled\nNo alert on the pool");
		assertThat(browser.text(By.id("rca-actions"))).isEqualTo("Alert at 80 %");
		assertThat(browser.consoleErrors()).isEmpty();
		browser.screenshot("incident-readable-timeline");
	}

	/** Works the one open task as that person (it comes to the owner claimed). */
	private String work(String user, String number, Map<String, ?> form) {
		JsonNode task = fixtures.api().get("mona", "/api/v1/incidents/" + number).body().at("/openTasks/0");
		String id = task.get("id").asText();
		if (task.get("assignee").isNull()) {
			assertThat(fixtures.api().post(user, "/api/v1/tasks/" + id + "/claim", null).status()).isEqualTo(200);
		}
		assertThat(fixtures.api().post(user, "/api/v1/tasks/" + id + "/complete", form).status()).isEqualTo(204);
		return id;
	}

}
