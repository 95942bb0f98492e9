package dev.firebreak.ui;

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
 * A manager's actions on the incident page: each needs a reason, a form sent without one
 * comes back open with the choices kept, and the change lands on the timeline. People who
 * are not managers are not offered the actions.
 */
@FirebreakTest
@ExtendWith(Chromium.class)
class UiManagerTest {

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
	void aManagerReprioritisesAnIncidentAndMustGiveAReason() {
		String service = fixtures.service("ops", 1);
		String number = fixtures.report("rita", service, "Checkout is slow", "LOW", "LOW");

		browser.signIn("mona").open("/incidents/" + number);
		assertThat(browser.text(By.id("priority"))).isEqualTo("P4");
		browser.click(By.cssSelector("#action-priority summary"));
		new Select(browser.find(By.id("priority-severity"))).selectByValue("CRITICAL");
		new Select(browser.find(By.id("priority-impact"))).selectByValue("HIGH");
		browser.clickAndLoad(By.cssSelector("#action-priority button[type='submit']"));

		assertThat(browser.text(By.id("priority-reason-error"))).isEqualTo("Please fill this in.");
		assertThat(browser.find(By.id("action-priority")).getAttribute("open")).as("the form stays open").isNotNull();
		assertThat(new Select(browser.find(By.id("priority-severity"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("CRITICAL");
		assertThat(browser.text(By.id("priority"))).as("nothing changed yet").isEqualTo("P4");

		browser.type(By.id("priority-reason"), "Conversion is dropping");
		browser.clickAndLoad(By.cssSelector("#action-priority button[type='submit']"));

		assertThat(browser.text(By.cssSelector(".notice"))).startsWith("Reprioritised");
		assertThat(browser.text(By.id("priority"))).isEqualTo("P1");
		assertThat(browser.text(By.cssSelector("#timeline-entries li[data-type='REASSESSED']"))).contains("by mona",
				"Conversion is dropping");
		assertThat(browser.consoleErrors()).isEmpty();
	}

	@Test
	void aManagerReassignsAndEscalatesWithReasons() {
		String service = fixtures.service("ops", 2);
		String number = fixtures.report("rita", service, "Reports are empty", "MEDIUM", "MEDIUM");

		browser.signIn("mona").open("/incidents/" + number);
		browser.click(By.cssSelector("#action-escalate summary"));
		browser.type(By.id("escalate-reason"), "Customer escalation");
		browser.clickAndLoad(By.cssSelector("#action-escalate button[type='submit']"));
		assertThat(browser.text(By.cssSelector("#timeline-entries li[data-type='ESCALATED']")))
			.contains("Customer escalation");

		browser.click(By.cssSelector("#action-reassign summary"));
		new Select(browser.find(By.id("reassign-team"))).selectByValue("other");
		browser.type(By.id("reassign-reason"), "The data pipeline is theirs");
		browser.clickAndLoad(By.cssSelector("#action-reassign button[type='submit']"));

		assertThat(browser.text(By.id("team"))).isEqualTo("other");
		assertThat(browser.text(By.cssSelector("#timeline-entries li[data-type='REASSIGNED']")))
			.contains("The data pipeline is theirs");
		assertThat(browser.consoleErrors()).isEmpty();
	}

	@Test
	void aManagerCancelsAnIncidentAsADuplicate() {
		String service = fixtures.service("ops", 2);
		String original = fixtures.report("rita", service, "Checkout errors", "HIGH", "HIGH");
		String duplicate = fixtures.report("ravi", service, "Checkout errors again", "HIGH", "HIGH");

		browser.signIn("mona").open("/incidents/" + duplicate);
		browser.click(By.cssSelector("#action-cancel summary"));
		browser.type(By.id("cancel-duplicateOf"), original.toLowerCase());
		browser.type(By.id("cancel-reason"), "Same errors, reported twice");
		browser.clickAndLoad(By.cssSelector("#action-cancel button[type='submit']"));

		assertThat(browser.text(By.id("status"))).isEqualTo("Cancelled");
		assertThat(browser.text(By.cssSelector(".monitoring"))).contains("Duplicate of " + original);
		assertThat(browser.findAll(By.cssSelector(".manager-actions"))).as("nothing left to act on").isEmpty();
		browser.find(By.cssSelector("#diagram .djs-element.highlight[data-element-id='end_cancelled']"));
		assertThat(browser.consoleErrors()).isEmpty();
	}

	@Test
	void respondersAreNotOfferedTheManagersActions() {
		String service = fixtures.service("ops", 2);
		String number = fixtures.report("rita", service, "Login page is blank", "HIGH", "HIGH");

		browser.signIn("rita").open("/incidents/" + number);

		assertThat(browser.text(By.tagName("h1"))).contains(number);
		assertThat(browser.findAll(By.cssSelector(".manager-actions"))).isEmpty();
	}

}
