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
 * The incident pages where a newcomer tripped: reporting on another team's service, a
 * wrong number in "Cancel as duplicate", a page past the end of the list, and the words
 * the escalation uses.
 */
@FirebreakTest
@ExtendWith(Chromium.class)
class UiIncidentPagesTest {

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

	/**
	 * Defect 1: rita (team ops) reports on team other's service and keeps her incident.
	 */
	@Test
	void aResponderWhoReportsOnAnotherTeamsServiceSeesTheirIncident() {
		String service = fixtures.service("other", 2);

		browser.signIn("rita").open("/incidents/new");
		browser.type(By.id("title"), "Their search page is blank");
		new Select(browser.find(By.id("service"))).selectByValue(service);
		browser.click(By.cssSelector("input[name='severity'][value='HIGH']"));
		browser.click(By.cssSelector("input[name='impact'][value='MEDIUM']"));
		browser.clickAndLoad(By.id("report"));

		assertThat(browser.findAll(By.cssSelector(".status-code"))).as("not an error page").isEmpty();
		assertThat(browser.text(By.cssSelector(".notice"))).startsWith("Reported as INC-")
			.contains("Team other has it in their queue");
		String number = browser.text(By.cssSelector("h1 .number"));
		assertThat(browser.path()).isEqualTo("/incidents/" + number);
		assertThat(browser.text(By.id("team"))).isEqualTo("other");

		// later reads too, through the page and the API; working it stays with team other
		browser.open("/incidents/" + number);
		assertThat(browser.findAll(By.cssSelector(".status-code"))).isEmpty();
		assertThat(fixtures.api().get("rita", "/api/v1/incidents/" + number).status()).isEqualTo(200);
		assertThat(fixtures.api().get("ravi", "/api/v1/incidents/" + number).status())
			.as("another responder of ops did not report it")
			.isEqualTo(403);
		assertThat(fixtures.api().post("rita", "/api/v1/tasks/" + fixtures.openTask(number) + "/claim", null).status())
			.isEqualTo(403);
		assertThat(browser.consoleErrors()).isEmpty();
	}

	/** Defect 3: an unknown number is named next to its field, with the form kept. */
	@Test
	void cancellingAsDuplicateOfAnUnknownIncidentIsAFieldError() {
		String number = fixtures.report("rita", fixtures.service("ops", 3), "Login is slow", "MEDIUM", "LOW");

		browser.signIn("mona").open("/incidents/" + number);
		browser.click(By.cssSelector("#action-cancel summary"));
		browser.type(By.id("cancel-duplicateOf"), "INC-999999");
		browser.type(By.id("cancel-reason"), "Same as the other one");
		browser.clickAndLoad(By.cssSelector("#action-cancel button[type='submit']"));

		assertThat(browser.findAll(By.cssSelector(".status-code"))).as("not the 404 page").isEmpty();
		assertThat(browser.find(By.id("action-cancel")).getAttribute("open")).isNotNull();
		assertThat(browser.text(By.id("duplicateOf-error")))
			.isEqualTo("There is no incident INC-999999; check the number.");
		assertThat(browser.find(By.id("cancel-duplicateOf")).getAttribute("value")).isEqualTo("INC-999999");
		assertThat(browser.find(By.id("cancel-reason")).getAttribute("value")).isEqualTo("Same as the other one");
		assertThat(browser.text(By.id("status"))).isEqualTo("Open");
		assertThat(browser.consoleErrors()).isEmpty();
	}

	/**
	 * Defect 5: a page past the end leads to the last page, which says how many there
	 * are.
	 */
	@Test
	void aPagePastTheEndOfTheListShowsTheLastPage() {
		fixtures.report("rita", fixtures.service("ops", 3), "Queue is slow", "LOW", "LOW");

		browser.signIn("rita").open("/incidents?page=999");

		assertThat(browser.findAll(By.cssSelector(".empty"))).as("no 'No incidents match'").isEmpty();
		assertThat(browser.findAll(By.cssSelector(".incident-table tbody tr"))).isNotEmpty();
		assertThat(browser.path()).doesNotContain("page=999");
		assertThat(browser.text(By.id("incidents-total"))).matches("[\\d,]+ incidents?, newest first\\.");
		if (!browser.findAll(By.cssSelector(".pager")).isEmpty()) {
			assertThat(browser.text(By.cssSelector(".pager"))).matches("(?s).*Page (\\d+) of \\1.*");
		}

		browser.open("/incidents?status=CANCELLED&priority=P4&page=5");
		assertThat(browser.path()).isEqualTo("/incidents?status=CANCELLED&priority=P4");
	}

	/**
	 * Defect 2: the escalation says what paging does (the next level of the team's
	 * policy, or nobody, on the timeline), and the route claims no more than a breach
	 * notice.
	 */
	@Test
	void theEscalationSaysWhatPagingDoes() {
		String number = fixtures.report("rita", fixtures.service("ops", 3), "Reports are late", "MEDIUM", "LOW");

		browser.signIn("mona").open("/incidents/" + number);
		browser.click(By.cssSelector("#action-escalate summary"));
		assertThat(browser.text(By.id("escalate-hint"))).contains(
				"pages the next level of the team's escalation policy", "nobody is paged, and the timeline says so");
		browser.type(By.id("escalate-reason"), "Customers are calling");
		browser.clickAndLoad(By.cssSelector("#action-escalate button[type='submit']"));

		assertThat(browser.text(By.cssSelector(".notice")))
			.contains("the next level of the team's escalation policy is paged");
		browser.find(By.cssSelector("#diagram.loaded"));
		for (String end : new String[] { "end_ack_breached", "end_resolve_escalated" }) {
			// bpmn-js writes a label's lines as separate tspans: compare without the
			// breaks
			String label = "#diagram [data-element-id='" + end + "_label']";
			assertThat(browser.script("return document.querySelector(arguments[0]).textContent.replace(/\\s+/g, '')",
					label))
				.isEqualTo("Breachnoticetotheteam'smanagers");
		}
		assertThat(browser.pageSource()).doesNotContain("Managers told", "Managers alerted", "on-call lead");
		assertThat(fixtures.api().get("mona", "/api/v1/incidents/" + number).body().get("escalationLevel").asInt())
			.isEqualTo(1);
		assertThat(browser.consoleErrors()).isEmpty();
		browser.screenshot("incident-escalated");
	}

}
