package dev.firebreak.incident.web;

import java.util.Map;

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
 * A responder writes a note and publishes public updates from the incident page: the
 * note's Markdown shows formatted with its line breaks, while the HTML, event handler and
 * {@code javascript:} link in it run nothing; a blank note is named next to its field;
 * the update the diagnosis suggests is one click away, edited, then published. Desktop
 * and 400 px phone screenshots.
 */
@FirebreakTest
@ExtendWith(Chromium.class)
class UiNotesAndUpdatesTest {

	static final int PHONE = 400;

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
	void aResponderWritesANoteThatRendersSafely() {
		String service = fixtures.service("ops", 2);
		String number = fixtures.report("rita", service, "Checkout slow", "HIGH", "HIGH");

		browser.signIn("rita").open("/incidents/" + number);
		browser.clickAndLoad(By.id("add-note"));
		assertThat(browser.text(By.id("note-text-error"))).isEqualTo("Please fill this in.");
		assertThat(browser.text(By.cssSelector(".messages .problem"))).contains("nothing was added");

		browser.type(By.id("note-text"),
				"**Pool** exhausted since 09:12\nrestarted api-2\n\n<img src=x onerror=\"window.pwned='img'\">\n\n"
						+ "[runbook](javascript:window.pwned='link') and <b onclick=\"window.pwned='b'\">bold</b>");
		browser.clickAndLoad(By.id("add-note"));

		assertThat(browser.text(By.cssSelector(".messages .notice"))).contains("Your note is on the timeline");
		String note = "#timeline-entries li[data-type='NOTE_ADDED'] .markdown";
		assertThat(browser.text(By.cssSelector(note + " strong"))).isEqualTo("Pool");
		assertThat(browser.text(By.cssSelector(note))).contains("Pool exhausted since 09:12\nrestarted api-2",
				"<img src=x onerror=", "<b onclick=");
		assertThat(browser.findAll(By.cssSelector(note + " img, " + note + " b, " + note + " script"))).isEmpty();
		assertThat(browser.find(By.cssSelector(note + " a")).getAttribute("href")).doesNotContain("javascript");
		assertThat(browser.script("return window.pwned === undefined")).isEqualTo(true);
		assertThat(browser.text(By.cssSelector("#timeline-entries li[data-type='NOTE_ADDED'] .actor")))
			.isEqualTo("Rita Responder");
		assertThat(browser.consoleErrors()).isEmpty();
		browser.screenshot("incident-note");
		browser.screenshot("incident-note-phone", PHONE);
		assertThat(browser.fitsWidth(PHONE)).isTrue();
	}

	@Test
	void aResponderPublishesAnUpdateThenTheOneTheDiagnosisSuggests() {
		String service = fixtures.service("ops", 1);
		String number = fixtures.report("rita", service, "Checkout returns 502", "CRITICAL", "HIGH");

		browser.signIn("rita").open("/incidents/" + number);
		assertThat(browser.text(By.id("no-public-updates"))).isEqualTo("None published yet.");
		assertThat(browser.findAll(By.id("update-suggestion"))).isEmpty();
		browser.click(By.cssSelector("#publish-update summary"));
		browser.type(By.id("update-message"), "Some payments fail.");
		browser.clickAndLoad(By.id("publish-update-button"));
		assertThat(browser.text(By.id("update-status-error"))).isNotBlank();
		assertThat(browser.find(By.id("update-message")).getAttribute("value")).as("kept")
			.isEqualTo("Some payments fail.");

		new Select(browser.find(By.id("update-status"))).selectByValue("INVESTIGATING");
		browser.clickAndLoad(By.id("publish-update-button"));
		assertThat(browser.text(By.cssSelector(".messages .notice"))).contains("Published as Investigating");
		assertThat(browser.text(By.id("public-update-list"))).contains("Investigating", "Some payments fail.");

		String task = fixtures.openTask(number);
		assertThat(fixtures.api().post("rita", "/api/v1/tasks/" + task + "/claim", null).status()).isEqualTo(200);
		assertThat(fixtures.api()
			.post("rita", "/api/v1/tasks/" + task + "/complete",
					Map.of("outcome", "NEEDS_FIX", "findings", "Connection pool exhausted"))
			.status()).isEqualTo(204);

		browser.open("/incidents/" + number);
		assertThat(browser.text(By.id("update-suggestion"))).contains("Suggested after diagnosed", "Identified");
		assertThat(browser.consoleErrors()).isEmpty();
		browser.screenshot("incident-update-suggestion");
		browser.screenshot("incident-update-suggestion-phone", PHONE);
		assertThat(browser.fitsWidth(PHONE)).isTrue();

		browser.clickAndLoad(By.id("use-suggestion"));
		assertThat(new Select(browser.find(By.id("update-status"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("IDENTIFIED");
		assertThat(browser.find(By.id("update-message")).getAttribute("value")).startsWith("We have found the cause");
		assertThat(browser.text(By.id("public-update-list"))).as("nothing published by opening it")
			.doesNotContain("Identified");
		browser.screenshot("incident-update-form");
		browser.screenshot("incident-update-form-phone", PHONE);
		browser.type(By.id("update-message"), "We have found the cause; a fix is on its way.");
		browser.clickAndLoad(By.id("publish-update-button"));

		assertThat(browser.text(By.cssSelector("#public-update-list li:first-child"))).contains("Identified",
				"We have found the cause; a fix is on its way.");
		assertThat(browser.findAll(By.id("update-suggestion"))).as("followed").isEmpty();
		assertThat(browser.findAll(By.cssSelector("#timeline-entries li[data-type='PUBLIC_UPDATE_PUBLISHED']")))
			.hasSize(2);
		assertThat(browser.consoleErrors()).isEmpty();
		browser.screenshot("incident-public-updates");
		browser.screenshot("incident-public-updates-phone", PHONE);
		assertThat(browser.fitsWidth(PHONE)).isTrue();
	}

}
