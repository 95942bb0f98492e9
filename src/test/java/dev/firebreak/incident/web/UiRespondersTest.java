package dev.firebreak.incident.web;

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
 * Rita (team ops) brings otto (team other) onto her incident from its page, makes herself
 * commander and hands over to otto, gives him the diagnosis; otto then opens the incident
 * and claims the task from the task page. A name nobody has is refused beside the form.
 */
@FirebreakTest
@ExtendWith(Chromium.class)
class UiRespondersTest {

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
	void anOwningResponderAddsSomeoneFromElsewhereWhoThenWorksTheGivenTask() {
		String service = fixtures.service("ops", 2);
		String number = fixtures.report("rita", service, "Orders stuck in queue", "HIGH", "HIGH");
		String task = fixtures.openTask(number);

		browser.signIn("otto").open("/incidents/" + number);
		assertThat(browser.pageSource()).doesNotContain("Orders stuck in queue");
		assertThat(browser.consoleErrors()).as("refused, not yet added").anyMatch(error -> error.contains("403"));

		browser.signIn("rita").open("/incidents/" + number);
		assertThat(browser.text(By.id("no-added-responders"))).contains("Nobody from elsewhere");
		browser.click(By.cssSelector("#add-responder summary"));
		browser.type(By.id("responder-username"), "nobody-at-all");
		browser.clickAndLoad(By.id("add-responder-button"));
		assertThat(browser.text(By.id("responder-errors"))).contains("Is nobody known here");

		browser.type(By.id("responder-username"), "otto");
		browser.clickAndLoad(By.id("add-responder-button"));
		assertThat(browser.text(By.cssSelector(".messages .notice"))).contains("Added to the incident");
		assertThat(browser.text(By.id("added-responders"))).contains("otto", "added by rita");

		browser.click(By.cssSelector("#add-responder summary"));
		browser.type(By.id("commander-username"), "otto");
		browser.clickAndLoad(By.id("assign-commander"));
		assertThat(browser.text(By.id("commander"))).isEqualTo("otto");
		assertThat(browser.findAll(By.cssSelector("#timeline-entries li[data-type='COMMANDER_ASSIGNED']"))).hasSize(1);

		browser.click(By.cssSelector("#add-responder summary"));
		browser.type(By.id("give-username"), "otto");
		browser.clickAndLoad(By.id("give-task-button"));
		assertThat(browser.text(By.id("given-tasks"))).contains("Diagnosis given to otto");
		assertThat(browser.consoleErrors()).isEmpty();
		browser.screenshot("incident-responders");

		browser.signIn("otto").open("/incidents/" + number);
		assertThat(browser.text(By.cssSelector("h1"))).contains("Orders stuck in queue");
		assertThat(browser.findAll(By.id("add-responder"))).as("otto does not manage ops's incident").isEmpty();
		browser.clickAndLoad(By.id("follow-button"));
		assertThat(browser.text(By.cssSelector(".messages .notice"))).contains("You follow " + number);
		assertThat(browser.text(By.id("follow-button"))).isEqualTo("Unfollow");
		browser.open("/tasks/" + task);
		browser.clickAndLoad(By.id("claim"));
		assertThat(browser.text(By.id("assignee"))).isEqualTo("otto");
		assertThat(browser.consoleErrors()).isEmpty();
	}

}
