package dev.firebreak.notify.web;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.FirebreakTest;
import dev.firebreak.notify.NotifyFixtures;
import dev.firebreak.security.Role;
import dev.firebreak.web.Chromium;
import dev.firebreak.web.UiBrowser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The escalation policy editor in the browser: a team's manager makes a policy of two
 * levels (a person, then the whole team) and reads it back in words; bad input is named
 * next to its level and nothing is saved. Responders read policies but get no way to
 * change them.
 */
@FirebreakTest
@ExtendWith(Chromium.class)
class UiPolicyTest {

	@LocalServerPort
	int port;

	@Autowired
	NotifyFixtures fixtures;

	UiBrowser browser;

	@BeforeEach
	void setUp() {
		browser = new UiBrowser(port);
	}

	@Test
	void aManagerCreatesATwoLevelPolicyAndReadsItInWords() {
		String team = fixtures.team();
		String manager = fixtures.person("manager", Role.MANAGER, team);
		String responder = fixtures.person("rosa", Role.RESPONDER, team);
		String service = fixtures.service(team);

		browser.signIn(manager);
		browser.clickAndLoad(By.linkText("Escalation policies"));
		browser.clickAndLoad(By.id("new-policy"));
		assertThat(browser.path()).isEqualTo("/policies/new");
		assertThat(new Select(browser.find(By.id("team"))).getFirstSelectedOption().getAttribute("value"))
			.as("their only team")
			.isEqualTo(team);
		assertThat(browser.findAll(By.cssSelector("fieldset.level-block"))).hasSize(4);
		assertThat(browser.consoleErrors()).isEmpty();
		browser.screenshot("notify-policy-new");
		browser.screenshot("notify-policy-new-phone", 375);

		browser.type(By.id("name"), "Day and night");
		browser.type(By.id("level-0-delay"), "0");
		browser.clickAndLoad(By.id("save-policy"));
		assertThat(browser.text(By.cssSelector(".messages .problem"))).contains("nothing was saved");
		assertThat(browser.text(By.id("level-0-delay-error"))).isEqualTo("Must be 1 to 1440.");
		assertThat(browser.text(By.id("level-0-targets-error"))).contains("at least one person, schedule or team");
		assertThat(browser.find(By.id("level-0")).getAttribute("class")).contains("has-error");
		assertThat(browser.findAll(By.id("level-1-targets-error"))).as("blank levels are left out").isEmpty();
		assertThat(browser.find(By.id("name")).getAttribute("value")).as("kept").isEqualTo("Day and night");
		assertThat(browser.find(By.id("level-0-delay")).getAttribute("value")).as("kept").isEqualTo("0");
		assertThat(policiesOf(team)).as("nothing saved").isEmpty();
		browser.screenshot("notify-policy-errors");
		browser.screenshot("notify-policy-errors-phone", 375);

		browser.type(By.id("description"), "The person first, then everyone.");
		browser.type(By.id("level-0-delay"), "5");
		browser.click(By.id("level-0-user-" + responder));
		browser.type(By.id("level-1-delay"), "10");
		browser.click(By.id("level-1-team-" + team));
		browser.type(By.id("repeatCount"), "2");
		browser.click(By.id("teamDefault"));
		browser.click(By.id("service-" + service));
		browser.clickAndLoad(By.id("save-policy"));

		assertThat(browser.path()).isEqualTo("/policies");
		assertThat(browser.text(By.cssSelector(".messages .notice")))
			.isEqualTo("Policy “Day and night” saved for team " + team + ".");
		String card = browser.text(By.cssSelector("[data-team='" + team + "'] [data-policy='Day and night']"));
		assertThat(card).contains("team default", "The person first, then everyone.",
				"Level 1 pages Rosa " + responder.substring(responder.length() - 4) + " (" + responder + ").",
				"If nobody acknowledges within 5 min: level 2.", "Level 2 pages everyone in team " + team + ".",
				"If nobody acknowledges within 10 min: back to level 1, for 2 rounds in all.", "Runs 2 times in all.",
				"Services: " + service + ".", "by " + manager);
		List<JsonNode> saved = policiesOf(team);
		assertThat(saved).singleElement().satisfies(policy -> {
			assertThat(policy.get("repeatCount").asInt()).isEqualTo(2);
			assertThat(policy.get("teamDefault").asBoolean()).isTrue();
			assertThat(policy.get("levels").toString()).contains("\"kind\":\"USER\",\"ref\":\"" + responder + "\"",
					"\"kind\":\"TEAM\",\"ref\":\"" + team + "\"");
		});
		assertThat(browser.consoleErrors()).isEmpty();
		browser.screenshot("notify-policies");
		browser.screenshot("notify-policies-phone", 375);

		browser.clickAndLoad(By.cssSelector("[data-policy='Day and night'] .edit-policy"));
		assertThat(browser.find(By.id("level-0-user-" + responder)).isSelected()).isTrue();
		assertThat(browser.find(By.id("level-1-team-" + team)).isSelected()).isTrue();
		assertThat(browser.findAll(By.cssSelector("fieldset.level-block"))).as("a spare level").hasSize(4);
		browser.type(By.id("name"), "Around the clock");
		browser.clickAndLoad(By.id("save-policy"));
		assertThat(browser.text(By.cssSelector(".messages .notice"))).isEqualTo("Policy “Around the clock” saved.");
		assertThat(browser.findAll(By.cssSelector("[data-policy='Around the clock']"))).hasSize(1);

		browser.clickAndLoad(By.cssSelector("[data-policy='Around the clock'] .edit-policy"));
		browser.click(By.cssSelector(".danger-zone summary"));
		browser.clickAndLoad(By.id("delete-policy"));
		assertThat(browser.text(By.cssSelector(".messages .notice"))).contains("“Around the clock”", "deleted");
		assertThat(policiesOf(team)).isEmpty();
		assertThat(browser.consoleErrors()).isEmpty();
	}

	@Test
	void aResponderReadsPoliciesButCannotChangeThem() {
		String team = fixtures.team();
		String manager = fixtures.person("manager", Role.MANAGER, team);
		String responder = fixtures.person("rudi", Role.RESPONDER, team);
		long id = fixtures.policy(manager, team, 5, 1, List.of(List.of(responder)));

		browser.signIn(responder);
		browser.clickAndLoad(By.linkText("Escalation policies"));
		String card = browser.text(By.cssSelector("[data-team='" + team + "'] [data-policy='policy of " + team + "']"));
		assertThat(card).contains("Level 1 pages", responder, "the policy ends; nobody else is paged", "Runs once.");
		assertThat(browser.findAll(By.id("new-policy"))).isEmpty();
		assertThat(browser.findAll(By.cssSelector(".edit-policy"))).isEmpty();

		for (String page : List.of("/policies/new", "/policies/" + id + "/edit")) {
			browser.open(page);
			assertThat(browser.text(By.cssSelector(".status-code"))).as(page).isEqualTo("403");
		}
		assertThat(browser.text(By.id("reason"))).contains("managers of team " + team);
		assertThat(browser.consoleErrors()).as("only the refusals themselves")
			.allMatch(error -> error.contains("/policies/") && error.contains("status of 403"));

		browser.signIn("mona").open("/policies");
		assertThat(browser.findAll(By.id("new-policy"))).as("mona manages ops and other").hasSize(1);
		assertThat(browser.findAll(By.cssSelector("[data-team='" + team + "'] .edit-policy"))).as("but not this team")
			.isEmpty();
	}

	private List<JsonNode> policiesOf(String team) {
		JsonNode body = fixtures.api().get("adam", "/api/v1/escalation-policies?team=" + team).body();
		List<JsonNode> policies = new java.util.ArrayList<>();
		body.forEach(policies::add);
		return policies;
	}

}
