package dev.firebreak.change;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;

import dev.firebreak.FirebreakTest;
import dev.firebreak.intake.IntegrationType;
import dev.firebreak.notify.NotifyFixtures;
import dev.firebreak.security.Role;
import dev.firebreak.web.Chromium;
import dev.firebreak.web.UiBrowser;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A deploy pipeline reports a deployment; the incident detected 12 minutes later says so
 * on its page, at desktop width and on a 400 px phone, without running over its edge; the
 * month's report page counts the change as followed by an incident.
 */
@FirebreakTest
@ExtendWith(Chromium.class)
class UiChangeTest extends ChangeTestSupport {

	@Autowired
	NotifyFixtures fixtures;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void theIncidentPageSaysWhatWasDeployedBeforeDetection() {
		Instant detection = Instant.parse("2033-05-02T09:00:00Z").plusSeconds((long) (Math.random() * 86_400 * 200));
		ClockUtil.setCurrentTime(Date.from(detection));
		String team = fixtures.team();
		String responder = fixtures.person("uc", Role.RESPONDER, team);
		String service = fixtures.service(team);
		assertThat(deploy(key(IntegrationType.DEPLOYMENT, service),
				Map.of("version", "3.8.0", "description", "New image pipeline for product photos", "author",
						"release-bot", "deployedAt", detection.minusSeconds(12 * 60).toString(), "link",
						"https://ci.example.com/pipelines/311"))
			.status()).isEqualTo(202);
		String number = fixtures.reportP1(responder, service, "Product photos are missing");

		UiBrowser browser = new UiBrowser(port);
		browser.signIn(responder).open("/incidents/" + number);
		String line = browser.text(By.cssSelector("#recent-changes li.recent-change .change-line"));
		assertThat(line).isEqualTo(
				"Deployed 12 min before detection: Version 3.8.0: New image pipeline for product photos (release-bot)");
		assertThat(browser.find(By.cssSelector("#recent-changes a")).getAttribute("href"))
			.isEqualTo("https://ci.example.com/pipelines/311");
		browser.screenshot("change-incident");

		assertThat(browser.atWidth(400,
				() -> browser.text(By.cssSelector("#recent-changes li.recent-change .change-line"))))
			.startsWith("Deployed 12 min before detection");
		assertThat(browser.atWidth(400, () -> browser.overflowing("#recent-changes li, #recent-changes a"))).isEmpty();
		assertThat(browser.fitsWidth(400)).isTrue();
		browser.screenshot("change-incident-phone", 400);
		assertThat(browser.consoleErrors()).isEmpty();

		// the one change was followed by this incident: the month's rate is 100 %
		browser.signOut().signIn("mona").open("/reports/sla?month=" + YearMonth.from(detection.atZone(ZoneOffset.UTC)));
		assertThat(browser.text(By.cssSelector("#change-failure tr[data-service='" + service + "']"))).contains(service,
				"100 %");
		assertThat(browser.fitsWidth(400)).isTrue();
		assertThat(browser.consoleErrors()).isEmpty();
	}

}
