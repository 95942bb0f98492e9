package dev.firebreak.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.firebreak.ApiClient;
import dev.firebreak.ApiClient.Credentials;
import dev.firebreak.FirebreakTest;
import dev.firebreak.incident.ServiceCatalogue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each person reads times in their own zone (issue 12): a manager who picks Europe/Berlin
 * on the settings page and one whose browser runs in Asia/Tokyo (taken on their first
 * page, without asking) see the same incident's detection time differently, each with the
 * zone named; a maintenance window typed in Berlin time is stored in UTC (read back
 * through the API); a zone that does not exist is named beside its field; the API and the
 * public status page stay UTC. Fresh people, so that no other test's pages change zone.
 */
@FirebreakTest
@ExtendWith(Chromium.class)
class UiTimeZoneTest {

	private static final String PASSWORD = "zone-test-password";

	private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT);

	@LocalServerPort
	int port;

	@Autowired
	ServiceCatalogue catalogue;

	UiFixtures fixtures;

	ApiClient api;

	UiBrowser browser;

	@BeforeEach
	void setUp() {
		fixtures = new UiFixtures(port, catalogue);
		api = fixtures.api();
		browser = new UiBrowser(port);
	}

	@Test
	void twoPeopleInTwoZonesReadTheSameIncidentEachInTheirOwn() {
		String berlin = person("berlin");
		String tokyo = person("tokyo");
		String service = fixtures.service("ops", 3);
		String number = fixtures.report("rita", service, "Clock skew on the ledger", "LOW", "LOW");
		Instant detected = Instant
			.parse(api.get("mona", "/api/v1/incidents/" + number).body().get("detectedAt").asText());

		browser.signIn(berlin, PASSWORD).open("/me/settings");
		browser.find(By.id("timeZone")).clear();
		browser.type(By.id("timeZone"), "Mars/Olympus_Mons");
		browser.clickAndLoad(By.id("save-settings"));
		assertThat(browser.text(By.id("timeZone-error"))).contains("Pick a time zone");
		assertThat(browser.find(By.id("timeZone")).getAttribute("value")).as("kept as typed")
			.isEqualTo("Mars/Olympus_Mons");
		browser.find(By.id("timeZone")).clear();
		browser.type(By.id("timeZone"), "Europe/Berlin");
		browser.clickAndLoad(By.id("save-settings"));
		assertThat(browser.text(By.cssSelector(".messages .notice"))).contains("Europe/Berlin");
		assertThat(browser.text(By.id("zone-now"))).contains("Europe/Berlin");
		browser.screenshot("settings-time-zone");
		browser.screenshot("settings-time-zone-phone", 400);

		browser.open("/incidents/" + number);
		String inBerlin = AT.format(detected.atZone(ZoneId.of("Europe/Berlin")));
		assertThat(browser.text(By.id("detected-at"))).isEqualTo(inBerlin).matches(".* CES?T");

		ChromeDriver tokyoDriver = Chromium.inZone("Asia/Tokyo");
		try {
			UiBrowser other = new UiBrowser(port, tokyoDriver);
			other.signIn(tokyo, PASSWORD).open("/incidents/" + number);
			String inTokyo = AT.format(detected.atZone(ZoneId.of("Asia/Tokyo")));
			// the first page sends the browser's zone and loads again in it
			other.waitUntil(driver -> inTokyo.equals(driver.findElement(By.id("detected-at")).getText()));
			assertThat(inTokyo).endsWith(" JST").isNotEqualTo(inBerlin);
			other.open("/me/settings");
			assertThat(other.find(By.id("timeZone")).getAttribute("value")).isEqualTo("Asia/Tokyo");

			other.open("/status");
			assertThat(other.text(By.id("main"))).as("the public page stays UTC").contains("UTC").doesNotContain("JST");
			assertThat(other.consoleErrors()).isEmpty();
		}
		finally {
			tokyoDriver.quit();
		}

		assertThat(api.call(Credentials.basic(berlin, PASSWORD), HttpMethod.GET, "/api/v1/incidents/" + number, null)
			.body()
			.get("detectedAt")
			.asText()).as("the API stays UTC").isEqualTo(detected.toString());
		assertThat(browser.consoleErrors()).isEmpty();
	}

	@Test
	void aMaintenanceWindowTypedInBerlinTimeIsStoredInUtc() {
		String berlin = person("planner");
		String service = fixtures.service("ops", 3);
		browser.signIn(berlin, PASSWORD).open("/me/settings");
		browser.find(By.id("timeZone")).clear();
		browser.type(By.id("timeZone"), "Europe/Berlin");
		browser.clickAndLoad(By.id("save-settings"));

		browser.open("/maintenance");
		assertThat(browser.text(By.cssSelector("label[for='startsAt']"))).contains("Europe/Berlin");
		new Select(browser.find(By.id("service"))).selectByValue(service);
		setValue("startsAt", "2031-01-15T10:00");
		setValue("endsAt", "2031-07-15T12:30");
		browser.type(By.id("description"), "Ledger upgrade");
		browser.clickAndLoad(By.id("schedule-window"));
		assertThat(browser.text(By.cssSelector(".messages .notice"))).contains("scheduled");
		String id = browser.path().substring(browser.path().lastIndexOf('/') + 1);

		var stored = api.get("mona", "/api/v1/maintenance-windows/" + id).body();
		assertThat(stored.get("startsAt").asText()).as("winter: UTC+1").isEqualTo("2031-01-15T09:00:00Z");
		assertThat(stored.get("endsAt").asText()).as("summer: UTC+2").isEqualTo("2031-07-15T10:30:00Z");
		assertThat(browser.find(By.id("startsAt")).getAttribute("value")).as("shown again in Berlin time")
			.isEqualTo("2031-01-15T10:00");
		assertThat(browser.consoleErrors()).isEmpty();
	}

	/** A manager of their own, who may read every incident and plan maintenance. */
	private String person(String prefix) {
		String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
		ApiClient.Response created = api.post("adam", "/api/v1/users", Map.of("username", username, "displayName",
				"Person " + username, "password", PASSWORD, "roles", List.of("MANAGER")));
		assertThat(created.status()).isEqualTo(201);
		return username;
	}

	/** datetime-local inputs take typed text differently per locale; set the value. */
	private void setValue(String id, String value) {
		browser.script("document.getElementById(arguments[0]).value = arguments[1]", id, value);
	}

}
