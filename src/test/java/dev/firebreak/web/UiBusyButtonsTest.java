package dev.firebreak.web;

import java.util.List;

import dev.firebreak.FirebreakTest;
import dev.firebreak.incident.ServiceCatalogue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Buttons that start slow work (static/js/busy.js): once pressed they say what is going
 * on, are marked busy, and their form is not sent a second time.
 */
@FirebreakTest
@ExtendWith(Chromium.class)
class UiBusyButtonsTest {

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
	void reportingTwiceInARowReportsOnceAndTheButtonSaysItIsBusy() {
		String service = fixtures.service("ops", 2);
		browser.signIn("rita").open("/incidents/new");
		browser.type(By.id("title"), "Queue consumers stalled");
		new Select(browser.find(By.id("service"))).selectByValue(service);
		browser.click(By.cssSelector("input[name='severity'][value='HIGH']"));
		browser.click(By.cssSelector("input[name='impact'][value='MEDIUM']"));

		// two presses within one moment, as a double click on a slow page; a listener on
		// the
		// window sees whether busy.js let each submission through
		@SuppressWarnings("unchecked")
		List<Object> seen = (List<Object>) browser.script("""
				var button = arguments[0], prevented = [];
				window.addEventListener('submit', function (e) { prevented.push(e.defaultPrevented); });
				button.form.requestSubmit(button);
				var busy = [button.getAttribute('aria-busy'), button.textContent];
				button.form.requestSubmit(button);
				return [busy[0], busy[1], prevented[0], prevented[1]];
				""", browser.find(By.id("report")));

		assertThat(seen).containsExactly("true", "Reporting…", false, true);
		browser.waitUntil(page -> browser.path().startsWith("/incidents/INC-"));
		assertThat(browser.text(By.tagName("h1"))).endsWith("Queue consumers stalled");
		assertThat(fixtures.api().get("mona", "/api/v1/incidents?service=" + service).body().get("total").asLong())
			.as("one incident")
			.isEqualTo(1);
		assertThat(browser.consoleErrors()).isEmpty();
	}

	@Test
	void theSlowButtonsCarryTheirBusyWords() {
		String number = fixtures.report("rita", fixtures.service("ops", 3), "Cache misses", "LOW", "LOW");
		browser.signIn("rita").open("/tasks/" + fixtures.openTask(number));
		assertThat(browser.find(By.id("claim")).getAttribute("data-busy")).isEqualTo("Claiming…");
		browser.clickAndLoad(By.id("claim"));
		assertThat(browser.find(By.id("complete")).getAttribute("data-busy")).isEqualTo("Completing…");
		assertThat(browser.find(By.id("complete")).getAttribute("aria-busy")).as("not before it is pressed").isNull();

		browser.signIn("audra").open("/issue-log");
		assertThat(browser.find(By.id("export")).getAttribute("data-busy")).isEqualTo("Starting the export…");
	}

}
