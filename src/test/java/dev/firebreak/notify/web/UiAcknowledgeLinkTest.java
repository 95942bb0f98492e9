package dev.firebreak.notify.web;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import dev.firebreak.TestSmtp;
import dev.firebreak.FirebreakTest;
import dev.firebreak.notify.NotifyFixtures;
import dev.firebreak.notify.NotifyProperties;
import dev.firebreak.security.Role;
import dev.firebreak.web.Chromium;
import dev.firebreak.web.UiBrowser;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acknowledging from the emailed link, in a real browser as a phone would open it: not
 * signed in, the link shows the incident and asks; only the button acknowledges. The
 * incident page then lists who was paged. An expired or changed link is refused with its
 * reason, and nothing changes.
 */
@FirebreakTest
@ExtendWith(Chromium.class)
class UiAcknowledgeLinkTest {

	/** The path and query of the acknowledge link in an email's text. */
	private static final Pattern ACKNOWLEDGE_LINK = Pattern
		.compile("https?://[^/\\s\"<>]+(/notify/acknowledge/[^\\s\"<>]+)");

	@RegisterExtension
	static GreenMailExtension mail = TestSmtp.server();

	@LocalServerPort
	int port;

	@Autowired
	NotifyProperties settings;

	@Autowired
	NotifyFixtures fixtures;

	UiBrowser browser;

	Instant start;

	@BeforeEach
	void setUp() {
		browser = new UiBrowser(port);
		start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		ClockUtil.setCurrentTime(Date.from(start));
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void theEmailedLinkAsksFirstThenAcknowledgesAndTheIncidentShowsWhoWasPaged() {
		Paged paged = pageSomeone("Checkout returns 502");
		String link = acknowledgeLink(paged.responder());

		signedOut();
		browser.open(link);
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Checkout returns 502");
		assertThat(browser.text(By.cssSelector(".breadcrumb"))).isEqualTo(paged.number());
		assertThat(browser.text(By.id("acknowledge"))).isEqualTo("Acknowledge as " + paged.name());
		assertThat(statusOf(paged.number())).as("opening the link changes nothing").isEqualTo("OPEN");
		assertThat(browser.consoleErrors()).isEmpty();
		browser.screenshot("notify-acknowledge-confirm");
		browser.screenshot("notify-acknowledge-confirm-phone", 375);

		browser.clickAndLoad(By.id("acknowledge"));
		assertThat(browser.text(By.id("acknowledged"))).startsWith("Acknowledged by " + paged.name());
		assertThat(statusOf(paged.number())).isEqualTo("ACKNOWLEDGED");
		assertThat(browser.consoleErrors()).isEmpty();
		browser.screenshot("notify-acknowledged");
		browser.screenshot("notify-acknowledged-phone", 375);

		browser.signIn(paged.manager()).open("/incidents/" + paged.number());
		assertThat(browser.text(By.id("status"))).isEqualTo("Acknowledged");
		String row = browser.text(By.cssSelector("#paging-notifications tbody tr"));
		assertThat(row).contains(paged.name(), paged.responder(), "Email · email of " + paged.responder(), "Page",
				"Sent");
		assertThat(browser.find(By.cssSelector("#paging-notifications tbody tr")).getAttribute("data-status"))
			.isEqualTo("SENT");
		browser.find(By.cssSelector("#diagram.loaded"));
		assertThat(browser.consoleErrors()).isEmpty();
		browser.screenshot("notify-incident-paging");
		browser.screenshot("notify-incident-paging-phone", 375);
	}

	@Test
	void anExpiredOrChangedLinkIsRefusedWithItsReasonAndChangesNothing() {
		Paged paged = pageSomeone("Search is slow");
		String link = acknowledgeLink(paged.responder());
		signedOut();

		String changed = link.substring(0, link.length() - 3) + (link.endsWith("AAA") ? "BBB" : "AAA");
		browser.open(changed);
		assertThat(browser.text(By.id("refusal"))).isEqualTo("This link has been changed and cannot be used.");
		assertThat(browser.findAll(By.id("acknowledge"))).isEmpty();

		ClockUtil.setCurrentTime(Date.from(start.plus(settings.linkValidity()).plus(Duration.ofMinutes(1))));
		browser.open(link);
		assertThat(browser.text(By.id("refusal"))).startsWith("This link expired at");
		assertThat(browser.text(By.tagName("main"))).contains("Nothing was changed.");
		assertThat(browser.findAll(By.id("acknowledge"))).isEmpty();
		browser.screenshot("notify-link-refused");
		browser.screenshot("notify-link-refused-phone", 375);

		assertThat(statusOf(paged.number())).isEqualTo("OPEN");
		assertThat(fixtures.entries(paged.number(), "ACKNOWLEDGED")).isEmpty();
		assertThat(browser.consoleErrors()).as("only the refusals themselves")
			.allMatch(error -> error.contains("/notify/acknowledge/") && error.contains("status of 400"));
	}

	/**
	 * A team of its own whose default policy pages one responder by email, and a P1 on
	 * its service, with the page sent.
	 */
	private Paged pageSomeone(String title) {
		String team = fixtures.team();
		String manager = fixtures.person("manager", Role.MANAGER, team);
		String responder = fixtures.person("pia", Role.RESPONDER, team);
		fixtures.contactMethod(responder, "EMAIL", responder + "@example.test");
		fixtures.policy(manager, team, 5, 1, List.of(List.of(responder)));
		String number = fixtures.reportP1(manager, fixtures.service(team), title);
		fixtures.runDue();
		return new Paged(number, manager, responder, "Pia " + responder.substring(responder.length() - 4));
	}

	/** Signs in as anyone and out again, so that the browser has no session. */
	private void signedOut() {
		browser.signIn("rita");
		browser.clickAndLoad(By.cssSelector(".who button"));
		browser.open("/work");
		assertThat(browser.path()).startsWith("/login");
	}

	private String statusOf(String number) {
		return fixtures.api().get("adam", "/api/v1/incidents/" + number).body().get("status").asText();
	}

	/**
	 * The acknowledge link of the one email to the person, on this test's server (the
	 * email's links start at the configured base URL).
	 */
	private static String acknowledgeLink(String username) {
		List<MimeMessage> received = Arrays.stream(mail.getReceivedMessages()).filter(message -> {
			try {
				return Arrays.stream(message.getAllRecipients())
					.anyMatch(to -> to.toString().equals(username + "@example.test"));
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
		assertThat(received).hasSize(1);
		// the text part, with quoted-printable soft line breaks and "=3D" undone
		String body = GreenMailUtil.getBody(received.get(0)).replace("=\r\n", "").replace("=3D", "=");
		Matcher matcher = ACKNOWLEDGE_LINK.matcher(body);
		assertThat(matcher.find()).as("an acknowledge link in %s", body).isTrue();
		return matcher.group(1).replace("&amp;", "&");
	}

	private record Paged(String number, String manager, String responder, String name) {
	}

}
