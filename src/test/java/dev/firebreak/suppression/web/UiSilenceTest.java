package dev.firebreak.suppression.web;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.firebreak.ApiClient.Credentials;
import dev.firebreak.FirebreakTest;
import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.intake.IntakeDrain;
import dev.firebreak.intake.IntegrationType;
import dev.firebreak.intake.Integrations;
import dev.firebreak.intake.NewIntegration;
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
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Silences and maintenance windows in the browser. A responder silences the alert of
 * their team's incident from the incident page: the form comes pre-filled with the
 * alert's labels, a broken regular expression is named next to its row with everything
 * kept, and the alert's repeat then shows on the silence. A manager finds the silences
 * and schedules a window from the header. Desktop and 400 px phone screenshots.
 */
@FirebreakTest
@ExtendWith(Chromium.class)
class UiSilenceTest {

	static final int PHONE = 400;

	@LocalServerPort
	int port;

	@Autowired
	ServiceCatalogue catalogue;

	@Autowired
	Integrations integrations;

	@Autowired
	ApplicationContext context;

	UiFixtures fixtures;

	UiBrowser browser;

	@BeforeEach
	void setUp() {
		fixtures = new UiFixtures(port, catalogue);
		browser = new UiBrowser(port);
	}

	@Test
	void aResponderSilencesTheAlertOfTheirTeamsIncidentInOneClick() {
		String service = fixtures.service("ops", 2);
		String key = integrations
			.create(new NewIntegration("am-" + UUID.randomUUID(), IntegrationType.ALERTMANAGER, service, null, null,
					null, null, null), "adam")
			.key();
		String instance = "db-" + UUID.randomUUID().toString().substring(0, 8);
		fire(key, instance, service);
		String number = fixtures.api()
			.get("mona", "/api/v1/incidents?service=" + service)
			.body()
			.at("/items/0/number")
			.asText();

		browser.signIn("rita").open("/incidents/" + number);
		assertThat(browser.text(By.id("alert-labels"))).contains("alertname=\"DiskFull\"",
				"instance=\"" + instance + "\"", "service=\"" + service + "\"");
		assertThat(browser.text(By.id("no-silences"))).contains("No silence covers this alert");
		browser.clickAndLoad(By.id("silence-alert"));

		assertThat(browser.path()).isEqualTo("/silences/new?incident=" + number);
		assertThat(browser.find(By.id("duration")).getAttribute("value")).isEqualTo("2h");
		assertThat(browser.find(By.id("comment")).getAttribute("value")).startsWith("Silenced from " + number);
		int instanceRow = rowOf("instance");
		assertThat(browser.find(By.id("matcher-" + instanceRow + "-value")).getAttribute("value")).isEqualTo(instance);
		assertThat(new Select(browser.find(By.id("matcher-" + instanceRow + "-operator"))).getFirstSelectedOption()
			.getAttribute("value")).isEqualTo("EQUAL");
		assertThat(browser.consoleErrors()).isEmpty();
		browser.screenshot("suppression-silence-from-incident");
		browser.screenshot("suppression-silence-from-incident-phone", PHONE);

		// widen the instance to a pattern, with a typo first
		new Select(browser.find(By.id("matcher-" + instanceRow + "-operator"))).selectByValue("REGEX");
		browser.type(By.id("matcher-" + instanceRow + "-value"), instance + "|(db-replica");
		browser.clickAndLoad(By.id("create-silence"));
		assertThat(browser.path()).isEqualTo("/silences");
		assertThat(browser.text(By.cssSelector(".messages .problem"))).contains("nothing was created");
		assertThat(browser.text(By.id("matcher-" + instanceRow + "-error")))
			.startsWith("Value: is not a valid regular expression");
		assertThat(browser.find(By.id("matcher-" + instanceRow + "-value")).getAttribute("value")).as("kept")
			.isEqualTo(instance + "|(db-replica");
		assertThat(browser.find(By.id("comment")).getAttribute("value")).as("kept").startsWith("Silenced from");
		browser.screenshot("suppression-silence-errors");
		browser.screenshot("suppression-silence-errors-phone", PHONE);

		browser.type(By.id("matcher-" + rowOf("instance") + "-value"), instance + "|db-replica");
		browser.clickAndLoad(By.id("create-silence"));
		assertThat(browser.path()).startsWith("/silences/");
		assertThat(browser.text(By.cssSelector(".messages .notice"))).contains("created",
				"instance=~\"" + instance + "|db-replica\"");
		String silencePath = browser.path();

		fire(key, instance, service);
		browser.open(silencePath);
		assertThat(browser.text(By.id("matched-count"))).isEqualTo("Matched 1 alert.");
		assertThat(browser.text(By.id("suppressed-alerts"))).contains("DiskFull on " + instance, service);
		assertThat(browser.text(By.id("silence-facts"))).contains("Made from " + number, "rita");
		assertThat(browser.consoleErrors()).isEmpty();
		browser.screenshot("suppression-silence");
		browser.screenshot("suppression-silence-phone", PHONE);
		assertThat(browser.fitsWidth(PHONE)).isTrue();

		browser.open("/incidents/" + number);
		assertThat(browser.text(By.id("matching-silences"))).contains("its repeats are silenced (1 so far)");
		browser.screenshot("suppression-incident-panel");
		browser.screenshot("suppression-incident-panel-phone", PHONE);
		assertThat(fixtures.api().get("mona", "/api/v1/incidents/" + number).body().get("occurrences").asInt())
			.as("the silenced repeat did not count on the incident")
			.isEqualTo(1);

		// a manager finds it from the header and expires it
		browser.signIn("mona");
		browser.clickAndLoad(By.linkText("Silences"));
		String id = silencePath.substring("/silences/".length());
		assertThat(browser.text(By.cssSelector("#silences tr[data-silence='" + id + "']"))).contains("Active", "rita",
				"1 alert");
		assertThat(browser.consoleErrors()).isEmpty();
		browser.screenshot("suppression-silences");
		browser.screenshot("suppression-silences-phone", PHONE);
		browser.clickAndLoad(By.cssSelector("#silences tr[data-silence='" + id + "'] a"));
		browser.clickAndLoad(By.id("expire-silence"));
		assertThat(browser.text(By.cssSelector(".messages .notice"))).contains("expired");
		assertThat(browser.text(By.id("silence-facts"))).contains("Expired", "Expired early by mona");
	}

	@Test
	void aManagerSchedulesAMaintenanceWindowAndAResponderCannot() {
		String service = fixtures.service("ops", 2);
		LocalDateTime start = LocalDateTime.now(ZoneOffset.UTC).plusDays(3).truncatedTo(ChronoUnit.HOURS);

		browser.signIn("mona");
		browser.clickAndLoad(By.linkText("Maintenance"));
		assertThat(browser.path()).isEqualTo("/maintenance");
		new Select(browser.find(By.id("service"))).selectByValue(service);
		browser.type(By.id("startsAt"), "");
		setValue("startsAt", start.toString());
		setValue("endsAt", start.minusHours(1).toString());
		browser.type(By.id("description"), "Database upgrade");
		browser.clickAndLoad(By.id("schedule-window"));
		assertThat(browser.text(By.id("endsAt-error"))).isEqualTo("Must be after the start.");
		assertThat(browser.find(By.id("description")).getAttribute("value")).as("kept").isEqualTo("Database upgrade");
		assertThat(new Select(browser.find(By.id("service"))).getFirstSelectedOption().getAttribute("value")).as("kept")
			.isEqualTo(service);
		browser.screenshot("suppression-maintenance-errors");
		browser.screenshot("suppression-maintenance-errors-phone", PHONE);

		setValue("endsAt", start.plusHours(4).toString());
		browser.clickAndLoad(By.id("schedule-window"));
		assertThat(browser.text(By.cssSelector(".messages .notice"))).contains("scheduled for " + service);
		assertThat(browser.text(By.id("window-facts"))).contains("Scheduled", "Database upgrade",
				"Alerts for " + service + " are suppressed meanwhile.");
		browser.open("/maintenance");
		assertThat(browser.text(By.id("windows"))).contains(service, "Database upgrade", "Scheduled");
		assertThat(browser.consoleErrors()).isEmpty();
		browser.screenshot("suppression-maintenance");
		browser.screenshot("suppression-maintenance-phone", PHONE);

		browser.signIn("rita").open("/maintenance");
		assertThat(browser.text(By.id("windows"))).as("everyone sees what is planned").contains(service);
		assertThat(browser.findAll(By.id("window-form"))).isEmpty();
		assertThat(browser.findAll(By.linkText("Maintenance"))).as("the header link is for managers").isEmpty();
	}

	private void fire(String key, String instance, String service) {
		Map<String, Object> alert = Map.of("status", "firing", "fingerprint", "fp-" + instance, "labels",
				Map.of("alertname", "DiskFull", "instance", instance, "service", service, "severity", "critical"),
				"annotations", Map.of("summary", "DiskFull on " + instance));
		assertThat(fixtures.api()
			.call(Credentials.bearer(key), HttpMethod.POST, "/api/v1/intake/alertmanager",
					Map.of("version", "4", "status", "firing", "alerts", List.of(alert)))
			.status()).isEqualTo(202);
		IntakeDrain.drainInbox(context);
	}

	/** The form row whose label name is this one. */
	private int rowOf(String label) {
		for (int i = 0; i < 20; i++) {
			if (label.equals(browser.find(By.id("matcher-" + i + "-name")).getAttribute("value"))) {
				return i;
			}
		}
		throw new AssertionError("no matcher row for " + label);
	}

	/** datetime-local inputs take typed text differently per locale; set the value. */
	private void setValue(String id, String value) {
		browser.script("document.getElementById(arguments[0]).value = arguments[1]", id, value);
	}

}
