package dev.firebreak.notify.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;

import dev.firebreak.FirebreakApplication;
import dev.firebreak.web.Chromium;
import dev.firebreak.web.UiBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's walk-through, as a newcomer does it, on a Firebreak started with the demo
 * profile alone (its own people, schedules, policies and mail catcher): alice reports a
 * P1 on checkout, her page arrives in the demo mailbox, its Acknowledge link
 * acknowledges, and the incident's timeline says who was paged and when.
 */
@ExtendWith(Chromium.class)
class UiDemoWalkThroughTest {

	private static ConfigurableApplicationContext demo;

	private static int port;

	@BeforeAll
	static void startTheDemo() {
		port = freePort();
		int mailbox = freePort();
		demo = new SpringApplicationBuilder(FirebreakApplication.class).profiles("demo")
			.run("--server.port=" + port, "--spring.datasource.url=jdbc:h2:mem:demo-walk;DB_CLOSE_DELAY=-1",
					"--firebreak.notify.base-url=http://localhost:" + port,
					"--firebreak.notify.demo-mailbox-port=" + mailbox, "--spring.mail.port=" + mailbox,
					"--camunda.bpm.process-engine-name=demo-walk", "--spring.main.banner-mode=off");
	}

	@AfterAll
	static void stopTheDemo() {
		if (demo != null) {
			demo.close();
		}
	}

	@Test
	void alicesPageArrivesInTheDemoMailboxAndItsLinkAcknowledges() {
		UiBrowser browser = new UiBrowser(port);
		browser.signIn("alice", "demo").open("/work");
		assertThat(browser.text(By.id("on-call"))).as("alice is on call for payments")
			.contains("You", "Payments on call");
		browser.clickAndLoad(By.linkText("Report an incident"));
		browser.type(By.id("title"), "Checkout returns 502");
		new Select(browser.find(By.id("service"))).selectByValue("checkout");
		browser.click(By.cssSelector("input[name='severity'][value='CRITICAL']"));
		browser.click(By.cssSelector("input[name='impact'][value='HIGH']"));
		browser.clickAndLoad(By.id("report"));
		String incident = browser.path();
		assertThat(browser.text(By.id("priority"))).isEqualTo("P1");

		browser.open("/demo/mailbox");
		// the demo's own incident (change feature's DemoChanges) pages bob too: find
		// alice's
		By alicesMail = By.xpath("//article[contains(@class,'mail') and .//h2[contains(., 'Checkout returns 502')]]");
		browser.waitUntil(Duration.ofSeconds(15), driver -> {
			if (driver.findElements(alicesMail).isEmpty()) {
				driver.navigate().refresh();
				return false;
			}
			return true;
		});
		WebElement mail = browser.find(alicesMail);
		assertThat(mail.findElement(By.tagName("h2")).getText()).contains("P1", "Checkout returns 502");
		assertThat(mail.findElement(By.cssSelector(".mail-to")).getText()).contains("alice@firebreak.demo");
		browser.screenshot("demo-mailbox");
		browser.screenshot("demo-mailbox-phone", 375);

		String acknowledge = mail.findElement(By.partialLinkText("/notify/acknowledge/")).getAttribute("href");
		browser.open(acknowledge.substring(acknowledge.indexOf("/notify/acknowledge/")));
		assertThat(browser.text(By.id("acknowledge"))).contains("Acknowledge as Alice");
		browser.clickAndLoad(By.id("acknowledge"));
		assertThat(browser.text(By.id("acknowledged"))).contains("Acknowledged by Alice");

		browser.open(incident);
		assertThat(browser.text(By.id("status"))).isEqualTo("Acknowledged");
		assertThat(browser.text(By.cssSelector("#timeline-entries li[data-type='PAGED']"))).contains("alice");
		assertThat(browser.text(By.cssSelector("#timeline-entries li[data-type='NOTIFIED']"))).contains("Alice");
		browser.screenshot("demo-incident-paged");
		assertThat(browser.consoleErrors()).isEmpty();

		// it waits on the CDN vendor (DemoSla): the monthly SLA report lists the wait
		browser.signOut().signIn("maya", "demo").open("/reports/sla");
		String waiting = "#waiting tr[data-incident='INC-000001']";
		assertThat(browser.text(By.cssSelector(waiting))).contains("website", "Third party",
				"Waiting on the CDN vendor");
		assertThat(browser.text(By.cssSelector(waiting + " .waits"))).isEqualTo("1");
		assertThat(browser.text(By.cssSelector(waiting + " .resolve-due"))).isEqualTo("paused, still waiting");
		browser.screenshot("demo-sla-report-waiting");

		// maya's goal for checkout (DemoGoals) is on the goals page
		browser.open("/reports/goals");
		assertThat(browser.text(By.id("goal-list"))).contains("MTTR of checkout at most 60 min");

		// the change demo's incident, reported 12 minutes after the deployment
		// (DemoChanges)
		browser.signOut().signIn("bob", "demo").open("/incidents?q=Product+photos");
		browser.clickAndLoad(By.cssSelector("td[data-label='Incident'] a"));
		assertThat(browser.text(By.cssSelector("#recent-changes li .change-line")))
			.startsWith("Deployed 12 min before detection: Version 3.8.0");
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
