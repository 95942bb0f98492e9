package dev.firebreak.security;

import dev.firebreak.web.UiBrowser;
import dev.firebreak.web.Chromium;
import dev.firebreak.web.UiFixtures;

import java.util.List;

import dev.firebreak.FirebreakTest;
import dev.firebreak.incident.ServiceCatalogue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The navigation offers each person what their roles allow, and pages refuse the rest
 * with a friendly page that keeps the navigation; the refusals are audited like the
 * API's.
 */
@FirebreakTest
@ExtendWith(Chromium.class)
class UiAccessTest {

	@LocalServerPort
	int port;

	@Autowired
	ServiceCatalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	UiFixtures fixtures;

	UiBrowser browser;

	@BeforeEach
	void setUp() {
		fixtures = new UiFixtures(port, catalogue);
		browser = new UiBrowser(port);
	}

	@Test
	void aResponderCannotOpenAnotherTeamsTaskAndSeesNoAdministration() {
		String service = fixtures.service("ops", 2);
		String number = fixtures.report("rita", service, "Payments time out", "HIGH", "HIGH");
		String task = fixtures.openTask(number);

		browser.signIn("otto").open("/tasks/" + task);

		assertThat(browser.text(By.cssSelector(".status-code"))).isEqualTo("403");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("You may not open this");
		assertThat(browser.text(By.id("reason"))).contains(number, "team ops");
		assertThat(navigation()).as("the navigation stays")
			.containsExactly("My work", "Incidents", "Major incidents", "Schedules", "Escalation policies",
					"Report an incident", "Reports");
		assertThat(jdbc.sql("select count(*) from fb_audit_log where action = 'ACCESS_DENIED' and target = ?")
			.param("GET /tasks/" + task)
			.query(Long.class)
			.single()).as("audited").isEqualTo(1);

		browser.open("/admin/integrations");
		assertThat(browser.text(By.cssSelector(".status-code"))).isEqualTo("403");
		browser.open("/incidents/" + number);
		assertThat(browser.text(By.cssSelector(".status-code"))).isEqualTo("403");
	}

	@Test
	void eachRoleSeesItsOwnNavigation() {
		assertThat(navigationOf("mona")).containsExactly("My work", "Incidents", "Major incidents", "Schedules",
				"Escalation policies", "Report an incident", "Dashboard", "Silences", "Maintenance", "Issue log",
				"Reports");
		assertThat(navigationOf("adam")).containsExactly("Incidents", "Major incidents", "Schedules",
				"Escalation policies", "Report an incident", "Silences", "Maintenance", "Issue log", "Reports",
				"Audit trail", "Services", "SLA policies", "Status page", "Integrations", "Probes", "People", "Teams",
				"Failing destinations");
		assertThat(navigationOf("audra")).as("auditors change nothing")
			.containsExactly("Incidents", "Major incidents", "Schedules", "Escalation policies", "Issue log", "Reports",
					"Audit trail");
		assertThat(browser.path()).as("an auditor starts at the incident list").isEqualTo("/incidents");
	}

	@Test
	void anUnknownPageOrIncidentIsAFriendlyNotFound() {
		browser.signIn("rita").open("/no-such-page");
		assertThat(browser.text(By.cssSelector(".status-code"))).isEqualTo("404");
		assertThat(navigation()).contains("My work");

		browser.open("/incidents/INC-999999");
		assertThat(browser.text(By.cssSelector(".status-code"))).isEqualTo("404");
		assertThat(browser.text(By.id("reason"))).isEqualTo("There is no incident INC-999999.");
	}

	private List<String> navigationOf(String username) {
		browser.signIn(username);
		return navigation();
	}

	private List<String> navigation() {
		return browser.findAll(By.cssSelector("nav[aria-label='Main'] a")).stream().map(WebElement::getText).toList();
	}

}
