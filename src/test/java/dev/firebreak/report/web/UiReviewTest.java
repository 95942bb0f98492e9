package dev.firebreak.report.web;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import dev.firebreak.FirebreakTest;
import dev.firebreak.incident.Priority;
import dev.firebreak.report.ReportTestData;
import dev.firebreak.web.Chromium;
import dev.firebreak.web.UiBrowser;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The weekly review and the goals page in Chromium, at laptop and at phone width, with
 * axe's accessibility check on each. A Friday-evening pattern is planted in the weeks
 * 2036-W36 to W40, which no other test uses.
 */
@FirebreakTest
@ExtendWith(Chromium.class)
class UiReviewTest {

	private static final List<Integer> WIDTHS = List.of(1280, 400);

	@LocalServerPort
	int port;

	@Autowired
	ReportTestData data;

	UiBrowser browser;

	String friday;

	@BeforeEach
	void setUp() {
		browser = new UiBrowser(port);
		friday = data.service("ui-review", 2, "ops");
		for (String start : List.of("2036-09-05T17:10:00Z", "2036-09-12T18:20:00Z", "2036-09-16T11:00:00Z",
				"2036-09-26T17:40:00Z", "2036-10-03T17:05:00Z")) {
			Instant at = Instant.parse(start);
			data.incident(friday, Priority.P3)
				.title("Checkout slows down")
				.detected(start)
				.acknowledged(at.plusSeconds(300).toString())
				.resolved(at.plusSeconds(1800).toString())
				.due(at.plusSeconds(900).toString(), at.plusSeconds(28_800).toString())
				.insert();
		}
	}

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
	}

	@Test
	void theWeeklyReviewShowsItsFindingsAtEveryWidth() throws Exception {
		browser.signIn("mona");
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2036-10-10T09:00:00Z")));
		browser.open("/reports/reviews?period=2036-W40");

		assertThat(browser.title()).startsWith("Weekly review");
		assertThat(browser.text(By.id("review-baseline")))
			.isEqualTo("baseline: 2036-W36, 2036-W37, 2036-W38, 2036-W39");
		String peak = "li.finding[data-rule='TIME_PATTERN'][data-service='" + friday + "']";
		assertThat(browser.text(By.cssSelector(peak))).contains(
				"4 of 5 incidents of " + friday + " (80 %) started on Friday 17:00–19:00, over 2036-W36 to 2036-W40.");
		assertThat(browser.findAll(By.id("uptime"))).as("the SLA report's sections").hasSize(1);
		for (int width : WIDTHS) {
			assertThat(browser.atWidth(width, browser::accessibilityProblems)).as("axe at " + width + " px").isEmpty();
			assertThat(browser.fitsWidth(width)).as("fits " + width + " px").isTrue();
		}
		assertThat(browser.consoleErrors()).isEmpty();
		browser.screenshot("review-weekly");
		browser.screenshot("review-weekly-phone", 400);

		HttpResponse<byte[]> workbook = browser.fetch(browser.find(By.id("review-workbook")).getAttribute("href"));
		assertThat(workbook.statusCode()).isEqualTo(200);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook.body()))) {
			assertThat(book.getSheet("Findings")).isNotNull();
		}

		browser.open("/reports/reviews?period=week ten");
		assertThat(browser.text(By.id("period-error"))).startsWith("Must be a week like 2026-W10");
		assertThat(browser.findAll(By.id("review-picker"))).hasSize(1);
	}

	@Test
	void aManagerSetsAGoalOnThePageAndARefusalKeepsTheInput() {
		browser.signIn("mona");
		browser.open("/reports/goals");
		browser.type(By.id("target"), "-3");
		date("2001-01-01");
		browser.clickAndLoad(By.id("save-goal"));

		assertThat(browser.text(By.cssSelector(".problem"))).contains("nothing was saved");
		assertThat(browser.text(By.id("metric-error"))).isNotBlank();
		assertThat(browser.text(By.id("service-error"))).isNotBlank();
		assertThat(browser.text(By.id("target-error"))).isNotBlank();
		assertThat(browser.text(By.id("deadline-error"))).isNotBlank();
		assertThat(browser.find(By.id("target")).getAttribute("value")).isEqualTo("-3");
		for (int width : WIDTHS) {
			assertThat(browser.atWidth(width, browser::accessibilityProblems)).as("axe at " + width + " px").isEmpty();
		}

		browser.open("/reports/goals");
		new Select(browser.find(By.id("metric"))).selectByValue("MTTR_MINUTES");
		// the service is picked from the catalogue's, and kept when the goal is refused
		new Select(browser.find(By.id("service"))).selectByValue(friday);
		browser.type(By.id("target"), "20");
		date("2001-01-01");
		browser.clickAndLoad(By.id("save-goal"));
		assertThat(browser.text(By.id("deadline-error"))).isNotBlank();
		assertThat(new Select(browser.find(By.id("service"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo(friday);
		date("2099-12-31");
		browser.clickAndLoad(By.id("save-goal"));

		assertThat(browser.text(By.cssSelector(".notice")))
			.isEqualTo("Goal set: MTTR of " + friday + " at most 20 min by 2099-12-31.");
		assertThat(browser.text(By.id("goal-list"))).contains("MTTR of " + friday + " at most 20 min by 2099-12-31");
		browser.screenshot("review-goals");

		browser.signIn("rita");
		browser.open("/reports/goals");
		assertThat(browser.findAll(By.id("goal-form"))).as("responders read goals only").isEmpty();
		assertThat(browser.text(By.id("goal-list"))).contains(friday);
	}

	/** A date field takes its value as the page would send it, whatever the locale. */
	private void date(String value) {
		browser.script("arguments[0].value = arguments[1]", browser.find(By.id("deadline")), value);
	}

}
