package dev.firebreak.incident.web;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.ApiClient.Response;
import dev.firebreak.FirebreakTest;
import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.web.Chromium;
import dev.firebreak.web.UiBrowser;
import dev.firebreak.web.UiFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The company-wide view: otto (team other) learns of ops's P1 from the banner and the
 * list, with its service, status and last public update, but not its details; its own
 * team opens it from the same list.
 */
@FirebreakTest
@ExtendWith(Chromium.class)
class UiMajorIncidentsTest {

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
	void everyoneSeesTheOpenMajorIncidentsButOnlyTheTeamItsDetails() {
		String service = fixtures.service("ops", 1);
		String number = fixtures.report("rita", service, "Card payments fail", "CRITICAL", "HIGH");
		String minor = fixtures.report("rita", fixtures.service("ops", 3), "Typo on help page", "LOW", "LOW");
		assertThat(fixtures.api()
			.post("rita", "/api/v1/incidents/" + number + "/updates",
					Map.of("status", "INVESTIGATING", "message", "Some **card** payments fail."))
			.status()).isEqualTo(201);
		fixtures.api().post("rita", "/api/v1/incidents/" + number + "/notes", Map.of("text", "internal-note-xyz"));

		Response api = fixtures.api().get("otto", "/api/v1/incidents/major");
		assertThat(api.status()).isEqualTo(200);
		JsonNode row = null;
		for (JsonNode item : api.body().get("items")) {
			if (item.get("number").asText().equals(number)) {
				row = item;
			}
		}
		assertThat(row).as("ops's P1 in otto's list").isNotNull();
		assertThat(row.get("service").asText()).isEqualTo(service);
		assertThat(row.get("lastUpdateStatus").asText()).isEqualTo("INVESTIGATING");
		assertThat(row.get("mayOpen").asBoolean()).isFalse();
		assertThat(api.body().toString()).doesNotContain(minor, "internal-note-xyz", "rita");
		assertThat(fixtures.api().get("otto", "/api/v1/incidents/" + number).status()).isEqualTo(403);

		browser.signIn("otto").open("/incidents");
		assertThat(browser.text(By.id("major-banner"))).containsPattern("\\d+ major incidents? (is|are) open");
		browser.clickAndLoad(By.cssSelector("#major-banner a"));
		assertThat(browser.path()).isEqualTo("/incidents/major");
		String line = "#major-incidents tr[data-number='" + number + "']";
		assertThat(browser.text(By.cssSelector(line))).contains("Card payments fail", service, "Open", "Investigating",
				"Some card payments fail.");
		assertThat(browser.findAll(By.cssSelector(line + " a"))).as("no way in for otto").isEmpty();
		assertThat(browser.pageSource()).doesNotContain("internal-note-xyz");
		browser.screenshot("major-incidents");

		browser.open("/incidents/" + number);
		assertThat(browser.pageSource()).contains("403").doesNotContain("Card payments fail");
		browser.consoleErrors();

		browser.signIn("rita").open("/incidents/major");
		browser.clickAndLoad(By.cssSelector(line + " a"));
		assertThat(browser.path()).isEqualTo("/incidents/" + number);
		assertThat(browser.consoleErrors()).isEmpty();
	}

}
