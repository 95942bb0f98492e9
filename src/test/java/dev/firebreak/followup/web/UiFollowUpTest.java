package dev.firebreak.followup.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

import dev.firebreak.FirebreakTest;
import dev.firebreak.notify.NotifyFixtures;
import dev.firebreak.security.Role;
import dev.firebreak.web.Chromium;
import dev.firebreak.web.UiBrowser;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A responder adds a follow-up action on the incident page (a form without a title comes
 * back with the field named and nothing saved), finds it on My work, and once it is
 * overdue the manager finds it on the dashboard and accepts its risk on its page.
 */
@FirebreakTest
@ExtendWith(Chromium.class)
class UiFollowUpTest {

	@LocalServerPort
	int port;

	@Autowired
	NotifyFixtures fixtures;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void anActionIsAddedOnTheIncidentPageOwnedOnMyWorkAndSettledByAManager() {
		Instant start = Instant.parse("2033-09-05T09:00:00Z").plusSeconds((long) (Math.random() * 86_400 * 200));
		ClockUtil.setCurrentTime(Date.from(start));
		String team = fixtures.team();
		String responder = fixtures.person("ur", Role.RESPONDER, team);
		String manager = fixtures.person("um", Role.MANAGER, team);
		String number = fixtures.reportP1(responder, fixtures.service(team), "Search is slow");

		UiBrowser browser = new UiBrowser(port);
		browser.signIn(responder).open("/incidents/" + number);
		assertThat(browser.text(By.id("follow-ups"))).contains("No follow-up actions.", "No root cause is recorded");
		browser.click(By.cssSelector("#add-follow-up summary"));
		browser.clickAndLoad(By.id("add-follow-up-button"));
		assertThat(browser.text(By.id("title-error"))).isNotBlank();
		assertThat(browser.text(By.cssSelector(".messages"))).contains("nothing was saved");
		browser.type(By.id("title"), "Add an index on search terms");
		browser.clickAndLoad(By.id("save-follow-up"));
		assertThat(browser.path()).isEqualTo("/incidents/" + number + "#follow-ups");
		assertThat(browser.text(By.id("follow-ups"))).contains("Add an index on search terms", responder, "Open")
			.doesNotContain("No follow-up actions.");
		assertThat(browser.findAll(By.cssSelector("#follow-ups tr[data-follow-up]"))).as("saved once").hasSize(1);
		browser.screenshot("followup-incident");
		browser.clickAndLoad(By.id("open-postmortem"));
		assertThat(browser.path()).isEqualTo("/incidents/" + number + "/postmortem");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Postmortem: Search is slow");
		assertThat(browser.text(By.tagName("main"))).contains("Add an index on search terms");

		browser.open("/work");
		assertThat(browser.text(By.id("my-follow-ups"))).contains("Add an index on search terms", number)
			.doesNotContain("Overdue");

		LocalDate later = LocalDate.ofInstant(start, ZoneOffset.UTC).plusDays(20);
		ClockUtil.setCurrentTime(Date.from(later.atTime(9, 0).toInstant(ZoneOffset.UTC)));
		browser.open("/work");
		assertThat(browser.text(By.id("my-follow-ups"))).contains("Overdue");

		browser.signIn(manager).open("/dashboard");
		assertThat(browser.text(By.id("overdue-follow-ups"))).contains("Add an index on search terms", number);
		browser.clickAndLoad(By.linkText("Add an index on search terms"));
		new Select(browser.find(By.id("status"))).selectByValue("RISK_ACCEPTED");
		browser.clickAndLoad(By.id("save-follow-up"));
		assertThat(browser.text(By.id("riskReason-error"))).isNotBlank();
		browser.type(By.id("riskReason"), "Search moves to the new cluster next quarter.");
		new Select(browser.find(By.id("status"))).selectByValue("RISK_ACCEPTED");
		browser.clickAndLoad(By.id("save-follow-up"));
		assertThat(browser.text(By.id("follow-up-status"))).isEqualTo("Risk accepted");
		assertThat(browser.text(By.id("risk-reason"))).contains("new cluster");
		browser.screenshot("followup-risk-accepted");

		browser.open("/dashboard");
		assertThat(browser.text(By.id("overdue-follow-ups"))).doesNotContain("Add an index on search terms");
		assertThat(browser.consoleErrors()).isEmpty();
	}

}
