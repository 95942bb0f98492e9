package dev.firebreak.intake.web;

import java.util.UUID;

import dev.firebreak.FirebreakTest;
import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.intake.IntakeDrain;
import dev.firebreak.intake.IntegrationType;
import dev.firebreak.intake.Integrations;
import dev.firebreak.intake.NewIntegration;
import dev.firebreak.web.Chromium;
import dev.firebreak.web.UiBrowser;
import dev.firebreak.web.UiFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin presses <b>Send test alert</b> on an Uptime Kuma integration: the result page
 * waits while the alert is in the inbox, shows the incident it opened once the worker
 * took it (the page asks again by itself), and links to it. The list has a curl example
 * for every sender.
 */
@FirebreakTest
@ExtendWith(Chromium.class)
class UiTestAlertTest {

	@LocalServerPort
	int port;

	@Autowired
	ServiceCatalogue catalogue;

	@Autowired
	Integrations integrations;

	@Autowired
	ApplicationContext context;

	UiBrowser browser;

	UiFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new UiFixtures(port, catalogue);
		browser = new UiBrowser(port);
	}

	@Test
	void aTestAlertFromTheIntegrationsPageOpensAnIncident() {
		String service = fixtures.service("ops", 3);
		String name = "kuma-" + UUID.randomUUID().toString().substring(0, 8);
		long id = integrations
			.create(new NewIntegration(name, IntegrationType.UPTIME_KUMA, service, null, null, null, null, null),
					"adam")
			.integration()
			.id();

		browser.signIn("adam").open("/admin/integrations");
		for (IntegrationType type : IntegrationType.values()) {
			if (type != IntegrationType.PROBE) {
				String curl = browser.find(By.id("curl-" + type.name().toLowerCase() + "-command"))
					.getAttribute("textContent");
				assertThat(curl).as(type.label()).contains("curl -X POST", "YOUR-INTEGRATION-KEY");
			}
		}
		browser.screenshot("admin-integrations-test-alert");
		browser.screenshot("admin-integrations-test-alert-phone", 400);

		browser.clickAndLoad(By.id("test-alert-" + id));
		assertThat(browser.path()).startsWith("/admin/integrations/" + id + "/test-alert/");
		assertThat(browser.text(By.id("test-alert-status"))).contains("waiting for the worker");

		assertThat(IntakeDrain.drainInbox(context)).isPositive();
		browser.waitUntil(driver -> !driver.findElements(By.id("test-alert-incident")).isEmpty());
		assertThat(browser.text(By.id("test-alert-status"))).startsWith("Processed: OPENED INC-");
		browser.screenshot("admin-test-alert-result");
		browser.clickAndLoad(By.id("test-alert-incident"));
		assertThat(browser.path()).startsWith("/incidents/INC-");
		assertThat(browser.text(By.cssSelector("main"))).contains(service);
		assertThat(browser.consoleErrors()).isEmpty();
	}

}
