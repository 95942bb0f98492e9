package dev.firebreak.notify.web;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import dev.firebreak.ApiClient;
import dev.firebreak.FirebreakTest;
import dev.firebreak.web.Chromium;
import dev.firebreak.web.UiBrowser;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schedule pages in a real browser: a manager builds a schedule in the editor and
 * sees who is on call over the next two weeks; a responder of the team covers for a
 * colleague and sees the override highlighted; mistakes are named next to their fields
 * with the input kept; others get the 403 page for the editor.
 */
@FirebreakTest
@ExtendWith(Chromium.class)
class UiScheduleTest {

	/** A Wednesday, 12:00 in Berlin; the clock stands still here while a test runs. */
	static final Instant NOW = Instant.parse("2031-05-14T10:00:00Z");

	@LocalServerPort
	int port;

	UiBrowser browser;

	ApiClient api;

	@BeforeEach
	void setUp() {
		ClockUtil.setCurrentTime(Date.from(NOW));
		browser = new UiBrowser(port);
		api = new ApiClient(port);
	}

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
	}

	@Test
	void aManagerBuildsAScheduleAndAResponderCoversForAColleague() {
		String name = "Primary " + UUID.randomUUID().toString().substring(0, 8);

		browser.signIn("mona").open("/schedules");
		browser.clickAndLoad(By.id("new-schedule"));
		assertThat(browser.path()).isEqualTo("/schedules/new");
		browser.type(By.id("name"), name);
		new Select(browser.find(By.id("team"))).selectByValue("ops");
		browser.type(By.id("timeZone"), "Europe/Berlin");
		// the form starts every layer on today (14 May) with a daily 09:00 handoff
		assertThat(browser.find(By.id("layers[0].startDate")).getAttribute("value")).isEqualTo("2031-05-14");
		assertThat(browser.find(By.id("layers[0].handoffTime")).getAttribute("value")).isEqualTo("09:00");
		browser.type(By.id("layers[0].name"), "Everyone");
		browser.type(By.id("layers[0].participants"), "rita, ravi");
		browser.type(By.id("layers[1].name"), "Weekend help");
		browser.type(By.id("layers[1].participants"), "mona");
		browser.type(By.id("layers[1].restrictions"), "Sat,Sun 10:00-14:00");
		assertThat(browser.consoleErrors()).isEmpty();
		browser.screenshot("schedule-editor");
		browser.screenshot("schedule-editor-phone", 375);
		browser.clickAndLoad(By.id("save-schedule"));

		assertThat(browser.text(By.cssSelector(".notice"))).contains(name, "created");
		String path = browser.path();
		assertThat(path).matches("/schedules/\\d+");
		assertThat(browser.text(By.id("on-call-name"))).isEqualTo("Rita Responder");
		assertThat(browser.text(By.id("on-call-now"))).contains("until Thu 15 May 09:00");
		List<WebElement> days = browser.findAll(By.cssSelector("#timeline .timeline-day"));
		assertThat(days).hasSize(14);
		WebElement today = browser.find(By.cssSelector("#timeline .timeline-day.is-today"));
		assertThat(today.getAttribute("data-date")).isEqualTo("2031-05-14");
		assertThat(today.findElement(By.tagName("svg")).getAttribute("aria-label"))
			.as("nobody before the first handoff")
			.isEqualTo("Wed 14 May: Rita Responder 09:00–24:00");
		assertThat(today.findElements(By.cssSelector(".timeline-now"))).hasSize(1);
		assertThat(browser.find(By.cssSelector(".timeline-day[data-date='2031-05-17'] svg")).getAttribute("aria-label"))
			.as("the higher layer on Saturday, the lower one around it")
			.isEqualTo("Sat 17 May: Rita Responder 00:00–09:00, Ravi Responder 09:00–10:00, "
					+ "Mona Manager 10:00–14:00, Ravi Responder 14:00–24:00");
		assertThat(browser.text(By.id("legend"))).contains("Rita Responder", "Ravi Responder", "Mona Manager",
				"Override");
		assertThat(browser.text(By.id("shifts"))).contains("Wed 14 May 09:00", "Thu 15 May 09:00", "Layer 1 (Everyone)",
				"Layer 2 (Weekend help)");
		assertThat(browser.find(By.id("feed-url")).getAttribute("value"))
			.startsWith("http://localhost:8080/calendars/schedules/" + path.substring("/schedules/".length()));
		assertThat(browser.consoleErrors()).isEmpty();
		assertThat(browser.fitsWidth(375)).as("nothing wider than a phone").isTrue();
		browser.screenshot("schedule-timeline");
		browser.screenshot("schedule-timeline-phone", 375);

		browser.signIn("ravi").open(path);
		assertThat(new Select(browser.find(By.id("username"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("ravi");
		setValue("start", "2031-05-14T11:00");
		setValue("end", "2031-05-14T15:00");
		browser.type(By.id("note"), "covering for Rita");
		browser.clickAndLoad(By.id("add-override"));

		assertThat(browser.text(By.cssSelector(".notice"))).contains("Ravi Responder covers Wed 14 May 11:00");
		assertThat(browser.text(By.id("on-call-name"))).isEqualTo("Ravi Responder");
		WebElement covered = browser.find(By.cssSelector("#timeline .timeline-day.is-today"));
		assertThat(covered.findElements(By.cssSelector("g.is-override .shift-override-band"))).hasSize(1);
		assertThat(covered.findElement(By.tagName("svg")).getAttribute("aria-label"))
			.contains("Ravi Responder 11:00–15:00 (override)");
		assertThat(browser.text(By.cssSelector("#shifts tr.is-override"))).contains("Ravi Responder",
				"Wed 14 May 11:00", "Wed 14 May 15:00", "Override: covering for Rita");
		assertThat(browser.text(By.id("overrides"))).contains("covering for Rita");
		assertThat(browser.consoleErrors()).isEmpty();
		browser.screenshot("schedule-override");
		browser.screenshot("schedule-override-phone", 375);

		setValue("start", "2031-05-15T15:00");
		setValue("end", "2031-05-15T11:00");
		browser.type(By.id("note"), "backwards");
		browser.clickAndLoad(By.id("add-override"));

		assertThat(browser.text(By.cssSelector(".problem"))).contains("nothing was added");
		assertThat(browser.text(By.id("end-error"))).isEqualTo("Must be after the start.");
		assertThat(browser.find(By.id("end")).getAttribute("aria-describedby")).isEqualTo("end-error");
		assertThat(browser.find(By.id("start")).getAttribute("value")).isEqualTo("2031-05-15T15:00");
		assertThat(browser.find(By.id("note")).getAttribute("value")).isEqualTo("backwards");
		assertThat(browser.findAll(By.cssSelector("#overrides tbody tr"))).as("nothing saved").hasSize(1);
		assertThat(browser.consoleErrors()).isEmpty();
		browser.screenshot("schedule-override-error-phone", 375);

		browser.clickAndLoad(By.cssSelector("#overrides button"));
		assertThat(browser.text(By.cssSelector(".notice"))).contains("Override deleted");
		assertThat(browser.text(By.id("on-call-name"))).isEqualTo("Rita Responder");

		browser.signIn("mona").open("/schedules");
		assertThat(browser.text(By.cssSelector("tr[data-schedule='" + path.substring("/schedules/".length()) + "']")))
			.contains(name, "Rita Responder", "Thu 15 May 09:00", "Europe/Berlin");
		assertThat(browser.consoleErrors()).isEmpty();
		browser.screenshot("schedules");
		browser.screenshot("schedules-phone", 375);
		api.delete("adam", "/api/v1" + path);
	}

	@Test
	void editorMistakesAreNamedNextToTheirFieldsWithTheInputKept() {
		String name = "Broken " + UUID.randomUUID().toString().substring(0, 8);
		int before = api.get("adam", "/api/v1/schedules").body().size();

		browser.signIn("mona").open("/schedules/new");
		browser.type(By.id("name"), name);
		browser.type(By.id("timeZone"), "Mars/Olympus_Mons");
		browser.type(By.id("layers[0].participants"), "rita\nzed-nobody");
		browser.type(By.id("layers[0].restrictions"), "Mon-Fri 09:00-17:00\nFri 16:00-18:00");
		new Select(browser.find(By.id("layers[2].rotation"))).selectByValue("CUSTOM");
		browser.type(By.id("layers[2].participants"), "ravi");
		browser.clickAndLoad(By.id("save-schedule"));

		assertThat(browser.text(By.cssSelector(".problem"))).contains("nothing was saved");
		assertThat(browser.text(By.id("timeZone-error"))).contains("not a known time zone");
		assertThat(browser.text(By.id("layers[0].participants-error")))
			.contains("'zed-nobody' is not an enabled person");
		assertThat(browser.text(By.id("layers[0].restrictions-error"))).startsWith("Line 2: overlaps line 1");
		assertThat(browser.text(By.id("layers[2].lengthHours-error"))).as("the third block, though the second layer")
			.isEqualTo("Must be at least 1 hour.");
		assertThat(browser.find(By.id("name")).getAttribute("value")).isEqualTo(name);
		assertThat(browser.find(By.id("layers[0].participants")).getAttribute("value")).isEqualTo("rita\nzed-nobody");
		assertThat(api.get("adam", "/api/v1/schedules").body().size()).as("nothing saved").isEqualTo(before);

		browser.type(By.id("layers[0].restrictions"), "Mon to Fri, 9 till 5");
		browser.clickAndLoad(By.id("save-schedule"));
		assertThat(browser.text(By.id("layers[0].restrictions-error"))).contains("Line 1", "like Mon-Fri 09:00-17:00");
		assertThat(browser.consoleErrors()).isEmpty();
		browser.screenshot("schedule-editor-errors");
		assertThat(api.get("adam", "/api/v1/schedules").body().size()).isEqualTo(before);
	}

	@Test
	void aResponderGetsTheRefusalPageForTheEditor() {
		browser.signIn("rita").open("/schedules/new");

		assertThat(browser.text(By.cssSelector(".status-code"))).isEqualTo("403");
		assertThat(browser.text(By.id("reason"))).contains("managers", "admins");
		assertThat(browser.consoleErrors()).allMatch(error -> error.contains("status of 403"));
		browser.open("/schedules");
		assertThat(browser.findAll(By.id("new-schedule"))).isEmpty();
		assertThat(browser.text(By.cssSelector("nav a[aria-current='page']"))).isEqualTo("Schedules");
	}

	private void setValue(String id, String value) {
		browser.script("document.getElementById(arguments[0]).value = arguments[1]", id, value);
	}

}
