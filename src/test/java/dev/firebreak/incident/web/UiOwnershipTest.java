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
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ownership on the incident page: rita acknowledges with one button and owns the
 * incident, ravi of the same team takes it over, mona hands it back to rita by name (an
 * empty choice is refused beside the field, changing nothing); a trivial alert is
 * resolved as a false alarm from the incident page, through the route, with readable
 * words on the timeline.
 */
@FirebreakTest
@ExtendWith(Chromium.class)
class UiOwnershipTest {

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
	void acknowledgeTakeOverAndHandOverFromTheIncidentPage() {
		String number = fixtures.report("rita", fixtures.service("ops", 3), "Queue is backing up", "LOW", "LOW");

		browser.signIn("rita").open("/incidents/" + number);
		assertThat(browser.text(By.id("owner"))).isEqualTo("Nobody yet");
		assertThat(browser.findAll(By.id("take-over"))).as("nobody to take it from").isEmpty();
		browser.clickAndLoad(By.id("acknowledge"));
		assertThat(browser.text(By.cssSelector(".messages .notice"))).startsWith("Acknowledged");
		assertThat(browser.text(By.id("owner"))).isEqualTo("Rita Responder");
		assertThat(browser.text(By.id("status"))).isEqualTo("Acknowledged");
		assertThat(browser.text(By.id("open-tasks"))).contains("claimed by rita");
		assertThat(browser.findAll(By.id("acknowledge"))).isEmpty();

		browser.signIn("ravi").open("/incidents/" + number);
		assertThat(browser.findAll(By.id("action-owner"))).as("not the owner, not a manager").isEmpty();
		browser.clickAndLoad(By.id("take-over"));
		assertThat(browser.text(By.id("owner"))).isEqualTo("Ravi Responder");
		assertThat(browser.text(By.id("open-tasks"))).contains("claimed by ravi");
		assertThat(browser.text(By.cssSelector("#timeline-entries li[data-type='OWNER_ASSIGNED']")))
			.contains("by Ravi Responder", "from: Rita Responder", "to: Ravi Responder");

		browser.signIn("otto").open("/incidents/" + number);
		assertThat(browser.findAll(By.id("take-over"))).as("otto is not of ops and cannot see it").isEmpty();
		assertThat(browser.consoleErrors()).as("refused").anyMatch(error -> error.contains("403"));

		browser.signIn("mona").open("/incidents/" + number);
		browser.click(By.cssSelector("#action-owner summary"));
		browser.clickAndLoad(By.id("hand-over"));
		assertThat(browser.text(By.id("owner-username-error"))).isNotBlank();
		assertThat(browser.text(By.id("owner"))).as("nothing changed").isEqualTo("Ravi Responder");

		new Select(browser.find(By.id("owner-username"))).selectByValue("rita");
		browser.clickAndLoad(By.id("hand-over"));
		assertThat(browser.text(By.cssSelector(".messages .notice"))).startsWith("Handed over");
		assertThat(browser.text(By.id("owner"))).isEqualTo("Rita Responder");
		assertThat(browser.text(By.id("open-tasks"))).contains("claimed by rita");
		assertThat(browser.consoleErrors()).isEmpty();
		browser.screenshot("incident-ownership");
	}

	@Test
	void aTrivialAlertIsResolvedAsAFalseAlarmFromTheIncidentPage() {
		String number = fixtures.report("rita", fixtures.service("ops", 3), "Disk alert on a test box", "LOW", "LOW");

		browser.signIn("ravi").open("/incidents/" + number);
		browser.click(By.cssSelector("#quick-resolve summary"));
		browser.click(By.id("quick-false_alarm"));
		browser.clickAndLoad(By.id("quick-resolve-button"));
		assertThat(browser.text(By.id("quick-findings-error"))).isNotBlank();
		assertThat(browser.text(By.id("status"))).as("nothing changed").isEqualTo("Open");

		browser.type(By.id("quick-findings"), "A test box\nnobody uses");
		browser.clickAndLoad(By.id("quick-resolve-button"));
		assertThat(browser.text(By.cssSelector(".messages .notice"))).contains("false alarm");
		assertThat(browser.text(By.id("status"))).isEqualTo("Closed");
		assertThat(browser.text(By.id("owner"))).isEqualTo("Ravi Responder");
		String diagnosed = browser.text(By.cssSelector("#timeline-entries li[data-type='DIAGNOSED']"));
		assertThat(diagnosed).contains("by Ravi Responder", "outcome: false alarm",
				"findings: A test box\nnobody uses");
		assertThat(browser.text(By.cssSelector("#timeline-entries li[data-type='CLOSED']")))
			.contains("resolution: false alarm");
		assertThat(browser.findAll(By.id("quick-resolve"))).isEmpty();
		assertThat(browser.consoleErrors()).isEmpty();
	}

}
