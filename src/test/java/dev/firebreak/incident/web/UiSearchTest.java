package dev.firebreak.incident.web;

import java.util.UUID;

import dev.firebreak.FirebreakTest;
import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.web.Chromium;
import dev.firebreak.web.UiBrowser;
import dev.firebreak.web.UiFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search in the browser: the header's box suggests incidents as the person types and
 * opens the one chosen; pressing Enter gives the same matches as a page; the incident
 * list narrows by text and pickers, and names every wrong filter at once.
 */
@FirebreakTest
@ExtendWith(Chromium.class)
class UiSearchTest {

	@LocalServerPort
	int port;

	@Autowired
	ServiceCatalogue catalogue;

	UiFixtures fixtures;

	UiBrowser browser;

	String word;

	@BeforeEach
	void setUp() {
		fixtures = new UiFixtures(port, catalogue);
		browser = new UiBrowser(port);
		word = "w" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void theHeaderBoxSuggestsAsYouTypeAndOpensTheIncidentChosen() {
		String service = fixtures.service("ops", 2);
		String number = fixtures.report("rita", service, "Checkout returns 502 " + word, "HIGH", "HIGH");

		browser.signIn("ravi").open("/work");
		browser.type(By.id("site-search-q"), word);
		browser.waitUntil(
				page -> !browser.findAll(By.cssSelector("#site-search-suggestions a.search-suggestion")).isEmpty());
		WebElement suggestion = browser.find(By.cssSelector("#site-search-suggestions a.search-suggestion"));
		assertThat(suggestion.getText()).contains(number, "Checkout returns 502 " + word, service);
		browser.screenshot("search-suggestions");
		browser.clickAndLoad(By.cssSelector("#site-search-suggestions a.search-suggestion"));
		assertThat(browser.path()).isEqualTo("/incidents/" + number);

		// Enter submits the plain form: the same match as a page
		browser.type(By.id("site-search-q"), word);
		WebElement html = browser.find(By.tagName("html"));
		browser.find(By.id("site-search-q")).sendKeys(Keys.ENTER);
		browser.waitUntil(page -> browser.path().startsWith("/search?q="));
		assertThat(browser.text(By.id("search-total"))).startsWith("1 incident match");
		assertThat(browser.text(By.id("search-results"))).contains(number);
		assertThat(browser.find(By.id("site-search-q")).getAttribute("value")).isEqualTo(word);
		assertThat(html).isNotNull();
		assertThat(browser.consoleErrors()).isEmpty();
	}

	@Test
	void anotherTeamsResponderIsSuggestedNothing() {
		fixtures.report("rita", fixtures.service("ops", 2), "Ledger is off " + word, "LOW", "LOW");

		browser.signIn("otto").open("/incidents");
		browser.type(By.id("site-search-q"), word);
		browser.waitUntil(page -> !browser.findAll(By.cssSelector("#site-search-suggestions .search-none")).isEmpty());
		assertThat(browser.findAll(By.cssSelector("#site-search-suggestions a.search-suggestion"))).isEmpty();
	}

	@Test
	void theIncidentListNarrowsByTextAndPickersAndNamesEveryWrongFilterAtOnce() {
		String service = fixtures.service("ops", 3);
		String wanted = fixtures.report("rita", service, "Search index stale " + word, "LOW", "LOW");
		fixtures.report("rita", service, "Search index fine", "LOW", "LOW");

		browser.signIn("mona").open("/incidents");
		new Select(browser.find(By.id("service"))).selectByValue(service);
		browser.type(By.id("q"), "INDEX " + word);
		browser.clickAndLoad(By.id("search"));
		assertThat(browser.text(By.id("incidents-total"))).startsWith("1 incident,");
		assertThat(browser.text(By.id("incident-list"))).contains(wanted);
		assertThat(browser.path()).contains("service=" + service);

		browser.open("/incidents?status=BURNING&priority=P9&team=no-such-team&service=no-such-service"
				+ "&from=last-tuesday&q=" + word);
		assertThat(browser.text(By.id("status-error"))).startsWith("Must be one of OPEN");
		assertThat(browser.text(By.id("priority-error"))).startsWith("Must be one of P1");
		assertThat(browser.text(By.id("team-error"))).isEqualTo("Is not a team.");
		assertThat(browser.text(By.id("service-error"))).isEqualTo("Is not a service in the catalogue.");
		assertThat(browser.text(By.id("from-error"))).startsWith("Must be a day like");
		assertThat(browser.find(By.id("q")).getAttribute("value")).as("kept as typed").isEqualTo(word);
		assertThat(browser.findAll(By.id("incident-list"))).as("nothing searched").isEmpty();
		browser.screenshot("incident-list-errors");
		assertThat(browser.consoleErrors()).isEmpty();
	}

}
