package dev.firebreak.notify.web;

import java.util.List;
import java.util.Map;

import dev.firebreak.FirebreakTest;
import dev.firebreak.notify.NotifyFixtures;
import dev.firebreak.security.Role;
import dev.firebreak.web.Chromium;
import dev.firebreak.web.UiBrowser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "On call now" on My work (the person on call sees it is them) and on the dashboard
 * (every team), and the dashboard's loud list of open incidents nobody was paged for.
 */
@FirebreakTest
@ExtendWith(Chromium.class)
class UiOnCallPanelsTest {

	@LocalServerPort
	int port;

	@Autowired
	NotifyFixtures fixtures;

	@Test
	void theOnCallPersonSeesItIsThemAndManagersSeeWhoWasPagedForNothing() {
		String team = fixtures.team();
		String manager = fixtures.person("manager", Role.MANAGER, team);
		String responder = fixtures.person("responder", Role.RESPONDER, team);
		String schedule = "Primary of " + team;
		assertThat(fixtures.api()
			.post(manager, "/api/v1/schedules",
					Map.of("team", team, "name", schedule, "timeZone", "Europe/Berlin", "layers",
							List.of(Map.of("name", "Everyone", "rotation", "DAILY", "handoffTime", "09:00", "startDate",
									"2020-01-06", "participants", List.of(responder)))))
			.status()).isEqualTo(201);
		String unpaged = fixtures.reportP1(manager, fixtures.service(team), "Nobody hears this");

		UiBrowser browser = new UiBrowser(port);
		browser.signIn(responder).open("/work");
		assertThat(browser.text(By.id("on-call"))).contains("You", schedule);
		browser.screenshot("notify-on-call-my-work");

		browser.signIn(manager).open("/dashboard");
		assertThat(browser.text(By.id("on-call"))).contains(schedule);
		assertThat(browser.text(By.id("unpaged"))).contains(unpaged, "Nobody hears this",
				"team " + team + " has no escalation policy");
		browser.screenshot("notify-dashboard-paging");
		browser.screenshot("notify-dashboard-paging-phone", 375);
		assertThat(browser.consoleErrors()).isEmpty();
	}

}
