package dev.firebreak.admin.web;

import dev.firebreak.web.UiBrowser;
import dev.firebreak.web.Chromium;
import dev.firebreak.web.UiFixtures;

import java.util.UUID;

import dev.firebreak.ApiClient.Credentials;
import dev.firebreak.FirebreakTest;
import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.intake.Integrations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin's pages: a new integration's key is shown once, with the sender's
 * configuration, and never again; services and probes are added and removed; people and
 * teams are added, and a new person signs in. Others get the 403 page for them.
 */
@FirebreakTest
@ExtendWith(Chromium.class)
class UiAdminTest {

	@LocalServerPort
	int port;

	@Autowired
	ServiceCatalogue catalogue;

	@Autowired
	Integrations integrations;

	UiFixtures fixtures;

	UiBrowser browser;

	@BeforeEach
	void setUp() {
		fixtures = new UiFixtures(port, catalogue);
		browser = new UiBrowser(port);
	}

	@Test
	void anAdminCreatesAnIntegrationAndSeesItsKeyOnceWithTheConfiguration() {
		String service = fixtures.service("ops", 2);
		String name = "prometheus-" + UUID.randomUUID().toString().substring(0, 8);

		browser.signIn("adam").open("/admin/integrations");
		browser.type(By.id("name"), name);
		new Select(browser.find(By.id("type"))).selectByValue("ALERTMANAGER");
		new Select(browser.find(By.id("defaultService"))).selectByValue(service);
		browser.clickAndLoad(By.id("add-integration"));

		String key = browser.text(By.id("integration-key"));
		assertThat(key).matches("[0-9a-f]{32}");
		assertThat(browser.text(By.id("integration-configuration"))).contains("webhook_configs",
				"http://localhost:" + port + "/api/v1/intake/alertmanager", "credentials: " + key);
		assertThat(browser.text(By.id("integration-test-alert"))).contains("curl -X POST",
				"http://localhost:" + port + "/api/v1/intake/alertmanager", "Bearer " + key, "FirebreakTest");
		assertThat(browser.findAll(By.cssSelector("button[data-copy]"))).as("copy buttons").hasSize(3);
		assertThat(integrations.authenticate(key)).as("the key works")
			.hasValueSatisfying(integration -> assertThat(integration.name()).isEqualTo(name));
		assertThat(browser.consoleErrors()).isEmpty();
		browser.screenshot("admin-integration-created");

		browser.open("/admin/integrations");
		assertThat(browser.text(By.id("integrations"))).contains(name, key.substring(0, 4) + "…");
		assertThat(browser.pageSource()).as("never shown again").doesNotContain(key);

		assertThat(browser.text(By.xpath("//tr[td[text()='" + name + "']]/td[@data-label='Sender']")))
			.isEqualTo("Alertmanager");
		browser.click(By.xpath("//tr[td[text()='" + name + "']]//summary"));
		assertThat(browser.text(By.xpath("//tr[td[text()='" + name + "']]//details/form/p"))).as("what breaks")
			.contains(name, "refused", "stay open");
		browser.clickAndLoad(By.xpath("//tr[td[text()='" + name + "']]//button[contains(@class,'delete-button')]"));
		assertThat(browser.text(By.cssSelector(".notice"))).contains(name, "deleted");
		assertThat(integrations.authenticate(key)).isEmpty();
	}

	@Test
	void anIntegrationWithoutADefaultServiceIsRefusedWithItsNameKept() {
		browser.signIn("adam").open("/admin/integrations");
		browser.type(By.id("name"), "grafana-cloud");
		browser.clickAndLoad(By.id("add-integration"));

		assertThat(browser.text(By.id("defaultService-error"))).isEqualTo("Please fill this in.");
		assertThat(browser.find(By.id("name")).getAttribute("value")).isEqualTo("grafana-cloud");
		assertThat(browser.findAll(By.id("integration-key"))).isEmpty();
	}

	@Test
	void anAdminAddsAServiceAndAProbeAndDeletesTheProbe() {
		String service = "billing-" + UUID.randomUUID().toString().substring(0, 8);

		browser.signIn("adam").open("/admin/services");
		browser.type(By.id("name"), service);
		new Select(browser.find(By.id("owningTeam"))).selectByValue("ops");
		new Select(browser.find(By.id("tier"))).selectByValue("1");
		browser.clickAndLoad(By.id("add-service"));
		assertThat(browser.text(By.cssSelector(".notice"))).contains(service);
		assertThat(browser.text(By.cssSelector("tr[data-service='" + service + "']"))).contains("1", "ops", "enabled");

		browser.open("/admin/probes");
		browser.clickAndLoad(By.id("add-http"));
		browser.type(By.id("name"), service + " health");
		new Select(browser.find(By.id("service"))).selectByValue(service);
		browser.type(By.id("url"), "ftp://example.org/");
		browser.clickAndLoad(By.id("save-probe"));
		assertThat(browser.text(By.id("url-error"))).isNotBlank();
		assertThat(browser.find(By.id("name")).getAttribute("value")).isEqualTo(service + " health");

		browser.type(By.id("url"), "http://localhost:9/health");
		browser.clickAndLoad(By.id("save-probe"));
		assertThat(browser.text(By.cssSelector(".notice"))).contains(service + " health");
		browser.clickAndLoad(By.xpath("//tr[td/a[text()='" + service + " health']]//a[text()='Delete']"));
		browser.clickAndLoad(By.id("confirm-delete"));
		assertThat(browser.text(By.cssSelector(".notice"))).contains("Probe " + service + " health deleted");
		assertThat(browser.pageSource()).doesNotContain(service + " health<");
		// the refused pages' own 403 answers are logged; nothing else may be
		assertThat(browser.consoleErrors()).as("only the refusals themselves")
			.allMatch(error -> error.contains("/admin/") && error.contains("status of 403"));
	}

	@Test
	void anAdminAddsATeamAndAPersonWhoThenSignsIn() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String team = "sre-" + suffix;
		String username = "nora-" + suffix;

		browser.signIn("adam").open("/admin/teams");
		browser.type(By.id("name"), "Not A Name");
		browser.clickAndLoad(By.id("add-team"));
		assertThat(browser.text(By.id("name-error"))).startsWith("Must be 2-100 lower-case letters");
		assertThat(browser.find(By.id("name")).getAttribute("value")).isEqualTo("Not A Name");
		browser.type(By.id("name"), team);
		browser.type(By.id("displayName"), "Site reliability");
		browser.clickAndLoad(By.id("add-team"));
		assertThat(browser.text(By.cssSelector(".notice"))).contains("Team " + team + " added");
		assertThat(browser.text(By.cssSelector("tr[data-team='" + team + "']"))).contains("Site reliability", "—",
				"enabled");

		browser.clickAndLoad(By.linkText("People"));
		browser.type(By.id("username"), username);
		browser.type(By.id("password"), "short");
		browser.click(By.id("team-" + team));
		browser.clickAndLoad(By.id("add-person"));
		assertThat(browser.text(By.id("displayName-error"))).isEqualTo("Please fill this in.");
		assertThat(browser.text(By.id("password-error"))).isNotBlank();
		assertThat(browser.find(By.id("username")).getAttribute("value")).as("kept").isEqualTo(username);
		assertThat(browser.find(By.id("team-" + team)).isSelected()).as("kept").isTrue();
		assertThat(browser.find(By.id("password")).getAttribute("value")).as("never sent back").isEmpty();
		assertThat(browser.findAll(By.cssSelector("tr[data-user='" + username + "']"))).as("nobody added").isEmpty();

		browser.type(By.id("displayName"), "Nora New");
		browser.type(By.id("password"), "correct horse battery staple");
		browser.clickAndLoad(By.id("add-person"));
		assertThat(browser.text(By.cssSelector(".notice"))).isEqualTo(username + " can sign in now.");
		assertThat(browser.text(By.cssSelector("tr[data-user='" + username + "'] .roles"))).isEqualTo("RESPONDER");
		assertThat(browser.text(By.cssSelector("tr[data-user='" + username + "'] .teams"))).isEqualTo(team);
		assertThat(browser.consoleErrors()).isEmpty();

		browser.clickAndLoad(By.linkText(username));
		browser.click(By.id("role-MANAGER"));
		browser.clickAndLoad(By.id("save-person"));
		assertThat(browser.text(By.cssSelector("tr[data-user='" + username + "'] .roles")))
			.isEqualTo("RESPONDER, MANAGER");

		browser.signIn(username, "correct horse battery staple");
		assertThat(browser.text(By.cssSelector(".who .username"))).isEqualTo(username);
		assertThat(browser.text(By.cssSelector(".site-header nav"))).contains("My work", "Dashboard")
			.doesNotContain("People", "Teams");
		browser.open("/admin/people");
		assertThat(browser.text(By.cssSelector(".status-code"))).isEqualTo("403");

		String number = fixtures.report("adam", fixtures.service(team, 3), "Held by someone leaving", "LOW", "LOW");
		assertThat(fixtures.api()
			.call(Credentials.basic(username, "correct horse battery staple"), HttpMethod.POST,
					"/api/v1/tasks/" + fixtures.openTask(number) + "/claim", null)
			.status()).isEqualTo(200);

		browser.signIn("adam").open("/admin/people");
		browser.clickAndLoad(By.cssSelector("tr[data-user='" + username + "'] a.disable-link"));
		assertThat(browser.text(By.id("what-breaks"))).as("what breaks, before anything changes")
			.contains(username + " is signed out everywhere", "API tokens stop working",
					"1 open task (diagnosis of " + team + ") stays claimed by " + username);
		browser.screenshot("admin-disable-person");
		browser.screenshot("admin-disable-person-phone", 400);
		browser.open("/admin/people");
		assertThat(browser.text(By.cssSelector("tr[data-user='" + username + "'] .state"))).as("only asked")
			.isEqualTo("enabled");
		browser.clickAndLoad(By.cssSelector("tr[data-user='" + username + "'] a.disable-link"));
		browser.clickAndLoad(By.id("confirm-disable"));
		assertThat(browser.text(By.cssSelector("tr[data-user='" + username + "'] .state"))).isEqualTo("disabled");
		browser.signIn(username, "correct horse battery staple");
		assertThat(browser.path()).as("a disabled person cannot sign in").startsWith("/login");

		assertThat(auditedActions(username)).containsExactly("USER_CREATED", "USER_UPDATED", "USER_DISABLED");
		assertThat(auditedActions(team)).containsExactly("TEAM_CREATED", "TEAM_MEMBER_ADDED");
	}

	/**
	 * What the audit log holds about the target by adam, oldest first (the person's own
	 * sign-ins are there too).
	 */
	private java.util.List<String> auditedActions(String target) {
		java.util.List<String> actions = new java.util.ArrayList<>();
		for (com.fasterxml.jackson.databind.JsonNode entry : fixtures.api()
			.get("audra", "/api/v1/audit?target=" + target)
			.body()
			.get("items")) {
			if (entry.get("actor").asText().equals("adam")) {
				actions.add(0, entry.get("action").asText());
			}
		}
		return actions;
	}

	@Test
	void peopleWhoAreNotAdminsGetTheRefusalPageForPeopleAndTeams() {
		for (String user : java.util.List.of("rita", "mona", "audra")) {
			browser.signIn(user);
			assertThat(browser.text(By.cssSelector(".site-header nav"))).doesNotContain("People", "Teams");
			for (String page : java.util.List.of("/admin/people", "/admin/teams", "/admin/people/rita")) {
				browser.open(page);
				assertThat(browser.text(By.cssSelector(".status-code"))).as("%s on %s", user, page).isEqualTo("403");
			}
		}
		// the refused pages' own 403 answers are logged; nothing else may be
		assertThat(browser.consoleErrors()).as("only the refusals themselves")
			.allMatch(error -> error.contains("/admin/") && error.contains("status of 403"));
	}

}
