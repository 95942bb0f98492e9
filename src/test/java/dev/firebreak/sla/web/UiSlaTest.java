package dev.firebreak.sla.web;

import dev.firebreak.FirebreakTest;
import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.web.Chromium;
import dev.firebreak.web.UiBrowser;
import dev.firebreak.web.UiFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The waiting buttons on the incident page (the clock shows it is paused, then runs
 * again) and the admins' SLA policies page (a bad target named next to its field, then a
 * policy that the incident page names).
 */
@FirebreakTest
@ExtendWith(Chromium.class)
class UiSlaTest {

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
	void aResponderPausesTheClocksWhileWaitingOnAVendorAndResumesThem() {
		String service = fixtures.service("ops", 2);
		String number = fixtures.report("rita", service, "Card payments fail", "CRITICAL", "HIGH");

		browser.signIn("rita").open("/incidents/" + number);
		assertThat(browser.text(By.id("sla-policy"))).contains("prioritisation decision");
		browser.type(By.id("waiting-note"), "Payment provider investigating");
		browser.clickAndLoad(By.id("wait-third-party"));

		assertThat(browser.text(By.id("waiting-state"))).contains("Waiting on a third party", "rita",
				"Payment provider investigating", "paused");
		assertThat(browser.pageSource()).contains("paused, ");
		browser.screenshot("sla-waiting");
		assertThat(browser.findAll(By.id("wait-reporter"))).as("no second wait").isEmpty();

		browser.clickAndLoad(By.id("end-waiting"));
		assertThat(browser.findAll(By.id("waiting-state"))).isEmpty();
		assertThat(browser.pageSource()).doesNotContain("paused, ");
		assertThat(browser.findAll(By.id("wait-third-party"))).hasSize(1);
		assertThat(browser.consoleErrors()).isEmpty();
	}

	@Test
	void anAdminAddsAPolicyAfterABadTargetIsNamed() {
		String service = fixtures.service("ops", 2);
		String number = fixtures.report("rita", service, "Search is slow", "HIGH", "HIGH");

		browser.signIn("adam").open("/admin/sla");
		browser.type(By.id("name"), "Contract of " + service);
		new Select(browser.find(By.id("service"))).selectByValue(service);
		browser.type(By.id("acknowledgeWithin"), "soon");
		browser.type(By.id("resolveWithin"), "PT8H");
		browser.clickAndLoad(By.id("add-policy"));

		assertThat(browser.text(By.id("policy-form"))).contains("ISO-8601 duration");
		assertThat(browser.find(By.id("name")).getAttribute("value")).isEqualTo("Contract of " + service);
		browser.find(By.id("acknowledgeWithin")).clear();
		browser.type(By.id("acknowledgeWithin"), "PT45M");
		browser.clickAndLoad(By.id("add-policy"));

		assertThat(browser.text(By.id("policies"))).contains("Contract of " + service, service, "45 min");
		browser.screenshot("sla-policies");
		browser.signIn("rita").open("/incidents/" + number);
		assertThat(browser.text(By.id("sla-policy"))).contains("Contract of " + service);
		assertThat(browser.consoleErrors()).isEmpty();
	}

}
