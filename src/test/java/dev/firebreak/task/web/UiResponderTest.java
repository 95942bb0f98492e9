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
 * A responder's day in a real browser: sign in, find the new incident's diagnosis in My
 * work, claim it, send the form with a field missing (told next to the field, nothing
 * lost), complete it, and see the step on the incident's timeline. And reporting one.
 */
@FirebreakTest
@ExtendWith(Chromium.class)
class UiResponderTest {

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
	void aResponderClaimsAndCompletesTheDiagnosisFromMyWork() {
		String service = fixtures.service("ops", 2);
		String number = fixtures.report("mona", service, "Search answers slowly", "HIGH", "MEDIUM");
		String task = fixtures.openTask(number);

		browser.signIn("rita");
		assertThat(browser.path()).as("sign-in lands on My work").isEqualTo("/work");
		By item = By.cssSelector("#queue li[data-task='" + task + "']");
		assertThat(browser.text(item)).contains("Diagnosis", "Search answers slowly", number, "not claimed")
			.containsAnyOf("Acknowledge", "acknowledge");
		browser.clickAndLoad(By.cssSelector("#queue li[data-task='" + task + "'] a.work-title"));

		assertThat(browser.path()).isEqualTo("/tasks/" + task);
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Diagnosis: Search answers slowly");
		assertThat(browser.findAll(By.id("complete"))).as("the form waits for a claim").isEmpty();
		browser.clickAndLoad(By.id("claim"));
		assertThat(browser.text(By.cssSelector(".notice"))).contains("You claimed this task");
		assertThat(browser.text(By.id("assignee"))).isEqualTo("rita");

		browser.click(By.cssSelector("input[name='outcome'][value='NEEDS_FIX']"));
		browser.clickAndLoad(By.id("complete"));
		assertThat(browser.text(By.id("findings-error"))).isEqualTo("Please fill this in.");
		assertThat(browser.find(By.cssSelector("input[name='outcome'][value='NEEDS_FIX']")).isSelected())
			.as("the choice made is kept")
			.isTrue();
		assertThat(browser.text(By.cssSelector(".problem"))).contains("nothing was saved");
		String formAddress = browser.path();

		browser.type(By.id("findings"), "Index rebuild running at peak time");
		browser.clickAndLoad(By.id("complete"));

		assertThat(browser.path()).isEqualTo("/incidents/" + number);
		assertThat(browser.text(By.cssSelector(".notice"))).isEqualTo("Diagnosis completed.");
		assertThat(browser.text(By.id("stage"))).isEqualTo("Hotfix");
		String diagnosed = browser.text(By.cssSelector("#timeline-entries li[data-type='DIAGNOSED']"));
		assertThat(diagnosed).contains("Diagnosed", "by Rita Responder", "outcome: needs a fix",
				"findings: Index rebuild running at peak time");
		assertThat(browser.consoleErrors()).isEmpty();

		browser.open(formAddress);
		assertThat(browser.path()).as("the form's address, pasted, leads to the task").isEqualTo("/tasks/" + task);
		assertThat(browser.text(By.cssSelector(".closed-task"))).contains("Completed by rita");
	}

	@Test
	void aResponderGivesAClaimedTaskBackToTheQueue() {
		String number = fixtures.report("mona", fixtures.service("ops", 3), "Disk filling up", "MEDIUM", "LOW");
		String task = fixtures.openTask(number);

		browser.signIn("ravi").open("/tasks/" + task);
		browser.clickAndLoad(By.id("claim"));
		browser.clickAndLoad(By.id("unclaim"));

		assertThat(browser.text(By.cssSelector(".notice"))).contains("back to the team's queue");
		assertThat(browser.text(By.id("assignee"))).isEqualTo("nobody yet");
		assertThat(browser.findAll(By.id("claim"))).hasSize(1);
		browser.open("/work");
		assertThat(browser.text(By.cssSelector("#queue li[data-task='" + task + "']"))).contains("not claimed");
	}

	@Test
	void aResponderReportsAnIncidentAndAMissingTitleLosesNothing() {
		String service = fixtures.service("ops", 1);
		browser.signIn("rita").open("/incidents/new");

		new Select(browser.find(By.id("service"))).selectByValue(service);
		browser.click(By.cssSelector("input[name='severity'][value='CRITICAL']"));
		browser.click(By.cssSelector("input[name='impact'][value='HIGH']"));
		browser.type(By.id("description"), "Card payments fail with 502");
		browser.clickAndLoad(By.id("report"));

		assertThat(browser.text(By.id("title-error"))).isEqualTo("Please fill this in.");
		assertThat(new Select(browser.find(By.id("service"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo(service);
		assertThat(browser.find(By.cssSelector("input[name='severity'][value='CRITICAL']")).isSelected()).isTrue();
		assertThat(browser.find(By.id("description")).getAttribute("value")).isEqualTo("Card payments fail with 502");

		browser.type(By.id("title"), "Checkout returns 502");
		browser.clickAndLoad(By.id("report"));

		assertThat(browser.path()).startsWith("/incidents/INC-");
		assertThat(browser.text(By.cssSelector(".notice"))).contains("priority P1", "Team ops");
		assertThat(browser.text(By.tagName("h1"))).endsWith("Checkout returns 502");
		assertThat(browser.text(By.id("priority"))).isEqualTo("P1");
		assertThat(browser.text(By.cssSelector("#timeline-entries li[data-type='REPORTED']")))
			.contains("by Rita Responder");
		assertThat(browser.consoleErrors()).isEmpty();
	}

}
