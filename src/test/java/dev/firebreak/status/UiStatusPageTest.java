package dev.firebreak.status;

import java.util.List;
import java.util.Map;

import dev.firebreak.ApiClient;
import dev.firebreak.FirebreakTest;
import dev.firebreak.task.TaskFixtures;
import dev.firebreak.web.Chromium;
import dev.firebreak.web.UiBrowser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The status page as an anonymous visitor sees it in a real browser, with JavaScript off,
 * and laid out for a laptop and a phone.
 */
@FirebreakTest
@ExtendWith(Chromium.class)
class UiStatusPageTest {

	@LocalServerPort
	int port;

	@Autowired
	TaskFixtures fixtures;

	@Autowired
	StatusPage page;

	String component;

	String number;

	@BeforeEach
	void anIncidentWithAPublicUpdate() {
		ApiClient api = fixtures.api();
		String service = fixtures.service("statusui", 1, "ops");
		component = "Payments " + service.substring(service.length() - 6);
		api.post("adam", "/api/v1/status-components",
				Map.of("name", component, "description", "Card and wallet payments", "services", List.of(service)));
		number = fixtures.report("rita", service, "Card payments time out", "HIGH", "MEDIUM");
		api.post("rita", "/api/v1/incidents/" + number + "/updates", Map.of("status", "IDENTIFIED", "message",
				"Card payments are **slow**. We found the cause and are rolling out a fix."));
		page.refresh();
	}

	@Test
	void anAnonymousVisitorWithoutJavaScriptReadsTheStateAndTheUpdates() {
		ChromeDriver noScript = Chromium.withoutJavaScript();
		try {
			noScript.get("http://localhost:" + port + "/status");
			assertThat(noScript.getCurrentUrl()).as("no sign-in").endsWith("/status");
			assertThat(noScript.findElement(By.tagName("h1")).getText()).isEqualTo("Service status");
			assertThat(noScript.findElement(By.cssSelector(".overall")).getText()).isNotBlank();
			assertThat(noScript.findElements(By.cssSelector(".component h3")))
				.anySatisfy(name -> assertThat(name.getText()).isEqualTo(component));
			assertThat(noScript.findElement(By.cssSelector(".incident")).getText()).contains("Identified")
				.contains("Card payments are slow.");
			assertThat(noScript.findElement(By.cssSelector(".incident strong + time + .message strong")).getText())
				.as("Markdown rendered")
				.isEqualTo("slow");

			noScript.findElement(By.linkText("Incident " + number + " affecting " + component)).click();
			assertThat(noScript.getCurrentUrl()).endsWith("/status/incidents/" + number);
			assertThat(noScript.findElement(By.tagName("h1")).getText()).contains(number);
		}
		finally {
			noScript.quit();
		}
	}

	@Test
	void itFitsALaptopAndAPhone() {
		UiBrowser browser = new UiBrowser(port).open("/status");
		assertThat(browser.fitsWidth(400)).isTrue();
		assertThat(browser.consoleErrors()).isEmpty();
		browser.screenshot("status-page");
		browser.screenshot("status-page-phone", 400);
		browser.open("/status/incidents/" + number);
		assertThat(browser.fitsWidth(400)).isTrue();
		browser.screenshot("status-incident-phone", 400);
	}

}
