package dev.firebreak.status.web;

import dev.firebreak.FirebreakTest;
import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.web.Chromium;
import dev.firebreak.web.UiBrowser;
import dev.firebreak.web.UiFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin adds a status component over two services, changes it, sees it on the public
 * page without its services' names, and deletes it; a missing name is named beside its
 * field; a manager is refused the page.
 */
@FirebreakTest
@ExtendWith(Chromium.class)
class UiStatusComponentsTest {

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
	void anAdminManagesTheComponents() {
		String checkout = fixtures.service("ops", 1);
		String billing = fixtures.service("ops", 2);
		String name = "Shop " + checkout.substring(checkout.length() - 6);

		browser.signIn("mona").open("/admin/status-components");
		assertThat(browser.pageSource()).doesNotContain("component-form");
		browser.consoleErrors();

		browser.signIn("adam").open("/admin/status-components");
		browser.click(By.id("service-" + checkout));
		browser.clickAndLoad(By.id("save-component"));
		assertThat(browser.text(By.id("name-error"))).isNotBlank();
		assertThat(browser.find(By.id("service-" + checkout)).isSelected()).as("kept").isTrue();

		browser.type(By.id("name"), name);
		browser.type(By.id("description"), "Cart and checkout");
		browser.clickAndLoad(By.id("save-component"));
		assertThat(browser.text(By.cssSelector(".messages .notice"))).contains("Component " + name + " is saved");
		String row = "#components tr[data-component='" + name + "']";
		assertThat(browser.text(By.cssSelector(row))).contains(checkout).doesNotContain(billing);

		browser.clickAndLoad(By.cssSelector(row + " a"));
		browser.click(By.id("service-" + billing));
		browser.clickAndLoad(By.id("save-component"));
		assertThat(browser.text(By.cssSelector(row))).contains(checkout, billing);
		assertThat(browser.consoleErrors()).isEmpty();
		browser.screenshot("status-components");

		browser.open("/status");
		assertThat(browser.pageSource()).contains(name).doesNotContain(checkout);

		browser.open("/admin/status-components");
		browser.clickAndLoad(By.cssSelector(row + " button"));
		assertThat(browser.text(By.cssSelector(".messages .notice"))).contains("is off the status page");
		assertThat(browser.findAll(By.cssSelector(row))).isEmpty();
	}

}
