package dev.firebreak.task.web;

import java.util.Map;

import dev.firebreak.FirebreakTest;
import dev.firebreak.task.TaskFixtures;
import dev.firebreak.web.Chromium;
import dev.firebreak.web.UiBrowser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Defect 4: once verification passed, the incident is resolved and its resolve clock
 * stopped; the root-cause analysis that follows shows that deadline as met, the same as
 * the incident does, not as a running countdown.
 */
@FirebreakTest
@ExtendWith(Chromium.class)
class UiStoppedDeadlineTest {

	@LocalServerPort
	int port;

	@Autowired
	TaskFixtures fixtures;

	@Test
	void theRootCauseAnalysisShowsTheResolveDeadlineAsMet() {
		String number = fixtures.report("rita", fixtures.service("rca", 1, "ops"), "Checkout returns 502", "CRITICAL",
				"HIGH");
		fixtures.work("rita", number, "DIAGNOSIS",
				Map.of("outcome", "FIXED_BY_OPERATIONS", "findings", "A node was out of memory; restarted"));
		fixtures.work("rita", number, "VERIFICATION",
				Map.of("checksRun", "checkout smoke test", "passed", true, "evidence", "200s for 10 min"));
		String rca = fixtures.openTask(number, "ROOT_CAUSE_ANALYSIS");
		assertThat(fixtures.incident(number).at("/openTasks/0/dueStoppedAt").isNull()).as("the API says it stopped")
			.isFalse();

		UiBrowser browser = new UiBrowser(port).signIn("rita");
		browser.open("/incidents/" + number);
		assertThat(browser.text(By.cssSelector(".sla"))).contains("resolve", "met");
		assertThat(words(browser, "li.work-item[data-task='" + rca + "'] .clock")).isEqualTo("resolve met");

		browser.open("/tasks/" + rca);
		assertThat(words(browser, ".facts .clock")).isEqualTo("resolve met");
		assertThat(browser.findAll(By.cssSelector(".facts .clock.clock-stopped"))).hasSize(1);

		browser.open("/work");
		assertThat(words(browser, "li.work-item[data-task='" + rca + "'] .clock")).isEqualTo("resolve met");
		assertThat(browser.consoleErrors()).isEmpty();
	}

	/** The clock's words, whatever lines and capitals the style sheet gives them. */
	private static String words(UiBrowser browser, String selector) {
		return browser.text(By.cssSelector(selector)).replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
	}

}
