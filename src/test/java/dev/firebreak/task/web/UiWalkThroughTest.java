package dev.firebreak.task.web;

import dev.firebreak.web.UiBrowser;
import dev.firebreak.web.Chromium;
import dev.firebreak.web.UiFixtures;

import dev.firebreak.FirebreakTest;
import dev.firebreak.incident.ServiceCatalogue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's promise: a person reports an incident and walks it to closed in the
 * browser alone, through every stage's form (diagnosis, hotfix, verification, root-cause
 * analysis).
 */
@FirebreakTest
@ExtendWith(Chromium.class)
class UiWalkThroughTest {

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
	void aResponderReportsAnIncidentAndWalksItToClosed() {
		String service = fixtures.service("ops", 1);
		browser.signIn("rita").open("/work");
		browser.clickAndLoad(By.linkText("Report an incident"));
		browser.type(By.id("title"), "Payments fail with 502");
		new Select(browser.find(By.id("service"))).selectByValue(service);
		browser.click(By.cssSelector("input[name='severity'][value='CRITICAL']"));
		browser.click(By.cssSelector("input[name='impact'][value='HIGH']"));
		browser.clickAndLoad(By.id("report"));
		String incident = browser.path();
		assertThat(browser.text(By.id("priority"))).isEqualTo("P1");

		takeOpenTask("Diagnosis");
		browser.click(By.cssSelector("input[name='outcome'][value='NEEDS_FIX']"));
		browser.type(By.id("findings"), "Gateway connection pool exhausted");
		complete("Hotfix");

		takeOpenTask("Hotfix");
		assertThat(browser.find(By.id("deployedAt")).getAttribute("value")).as("prefilled with now").isNotBlank();
		browser.type(By.id("changeDescription"), "Pool raised from 20 to 80");
		browser.type(By.id("reference"), "PR-4711");
		browser.type(By.id("rollbackPlan"), "Revert PR-4711");
		browser.click(By.cssSelector("input[name='testedInStaging'][value='true']"));
		complete("Verification");

		takeOpenTask("Verification");
		browser.type(By.id("checksRun"), "Smoke test, 200 test payments");
		browser.click(By.cssSelector("input[name='passed'][value='true']"));
		browser.type(By.id("evidence"), "No errors in 15 minutes");
		complete("Root cause analysis");

		takeOpenTask("Root cause analysis");
		new Select(browser.find(By.id("rootCauseCategory"))).selectByValue("CAPACITY");
		browser.type(By.id("fiveWhys"), "Payments failed\nThe pool was exhausted\n\nTraffic doubled");
		browser.type(By.id("contributingFactors"), "No load test before the campaign");
		browser.type(By.id("preventiveActions"), "Autoscale the pool");
		complete("Closed");

		assertThat(browser.path()).isEqualTo(incident);
		assertThat(browser.text(By.id("status"))).isEqualTo("Closed");
		assertThat(browser.text(By.cssSelector("#timeline-entries li[data-type='ROOT_CAUSE_RECORDED']")))
			.contains("five whys: Payments failed / The pool was exhausted / Traffic doubled");
		assertThat(browser.findAll(By.cssSelector("#timeline-entries li[data-type='CLOSED']"))).hasSize(1);
		browser.find(By.cssSelector("#diagram .djs-element.highlight[data-element-id='end_closed']"));
		assertThat(browser.consoleErrors()).isEmpty();
	}

	/**
	 * Claims the diagnosis, which makes rita the owner; every later stage comes to her
	 * claimed, so she never claims again.
	 */
	private void takeOpenTask(String stage) {
		browser.clickAndLoad(By.cssSelector("section .work-list a.work-title"));
		assertThat(browser.text(By.tagName("h1"))).startsWith(stage + ":");
		if (stage.equals("Diagnosis")) {
			browser.clickAndLoad(By.id("claim"));
		}
		else {
			assertThat(browser.findAll(By.id("claim"))).as("the owner's next stage comes claimed").isEmpty();
		}
	}

	private void complete(String nextStage) {
		browser.clickAndLoad(By.id("complete"));
		assertThat(browser.findAll(By.cssSelector(".field-error"))).as("no form errors").isEmpty();
		assertThat(browser.text(By.id("stage"))).isEqualTo(nextStage);
	}

}
