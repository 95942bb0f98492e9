package dev.firebreak.notify.web;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dev.firebreak.TestSmtp;
import dev.firebreak.FirebreakTest;
import dev.firebreak.notify.NotifyFixtures;
import dev.firebreak.notify.contact.Contacts;
import dev.firebreak.security.Role;
import dev.firebreak.web.Chromium;
import dev.firebreak.web.UiBrowser;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's contact methods in the browser: a bad address is named next to its field
 * with the input kept, a webhook's secret is shown once, a test notification arrives
 * through a real SMTP server and shows as sent, and rules are added. Admins see anyone's
 * read only, and the failing destinations; nobody else does.
 */
@FirebreakTest
@ExtendWith(Chromium.class)
class UiContactMethodsTest {

	@RegisterExtension
	static GreenMailExtension mail = TestSmtp.server();

	@LocalServerPort
	int port;

	@Autowired
	Contacts contacts;

	@Autowired
	NotifyFixtures fixtures;

	UiBrowser browser;

	@BeforeEach
	void setUp() {
		browser = new UiBrowser(port);
	}

	@Test
	void aPersonAddsAnEmailSendsThemselvesATestAndAddsARule() throws Exception {
		String person = fixtures.person("pat", Role.RESPONDER, "ops");
		String address = person + "@example.test";

		browser.signIn(person);
		browser.clickAndLoad(By.linkText("My notifications"));
		assertThat(browser.path()).isEqualTo("/me/notifications");
		assertThat(browser.text(By.id("no-methods"))).contains("pages cannot reach you");
		assertThat(browser.text(By.id("rules-explained"))).contains("no rules", "every contact method is used at once",
				"only sent while the incident is still unacknowledged");

		browser.type(By.id("label"), "Work mail");
		browser.type(By.id("address"), "not an address");
		browser.clickAndLoad(By.id("add-method"));
		assertThat(browser.text(By.id("address-error"))).contains("email address");
		assertThat(browser.find(By.id("address")).getAttribute("aria-describedby")).isEqualTo("address-error");
		assertThat(browser.find(By.id("label")).getAttribute("value")).as("kept").isEqualTo("Work mail");
		assertThat(browser.find(By.id("address")).getAttribute("value")).as("kept").isEqualTo("not an address");
		assertThat(browser.text(By.cssSelector(".messages .problem"))).contains("nothing was added");
		assertThat(browser.findAll(By.id("methods"))).as("nothing saved").isEmpty();
		browser.screenshot("notify-my-notifications-error");
		browser.screenshot("notify-my-notifications-error-phone", 375);

		browser.type(By.id("address"), address);
		browser.clickAndLoad(By.id("add-method"));
		assertThat(browser.text(By.cssSelector(".messages .notice"))).contains("Added “Work mail”");
		assertThat(browser.text(By.id("methods"))).contains("Work mail", "Email", address, "not yet");

		browser.clickAndLoad(By.cssSelector("#methods .test-button"));
		assertThat(browser.text(By.cssSelector(".messages .notice"))).contains("A test is on its way to “Work mail”");
		assertThat(browser.find(By.cssSelector("#recent tbody tr")).getAttribute("data-status")).isEqualTo("PENDING");

		fixtures.runDue();
		assertThat(mailsTo(address)).singleElement()
			.satisfies(message -> assertThat(message.getSubject()).containsIgnoringCase("test"));
		browser.open("/me/notifications");
		assertThat(browser.find(By.cssSelector("#recent tbody tr")).getAttribute("data-status")).isEqualTo("SENT");
		assertThat(browser.text(By.cssSelector("#recent tbody tr"))).contains("Test", "Email · Work mail", "Sent");
		assertThat(browser.text(By.cssSelector("#methods tbody tr"))).doesNotContain("not yet");

		new Select(browser.find(By.id("contactMethodId"))).selectByVisibleText("Work mail (Email)");
		browser.click(By.id("priority-P1"));
		browser.click(By.id("priority-P2"));
		browser.type(By.id("delayMinutes"), "2000");
		browser.clickAndLoad(By.id("add-rule"));
		assertThat(browser.text(By.id("delayMinutes-error"))).contains("0 to 1440");
		assertThat(browser.find(By.id("delayMinutes")).getAttribute("value")).as("kept").isEqualTo("2000");
		assertThat(browser.find(By.id("priority-P1")).isSelected()).as("kept").isTrue();
		assertThat(browser.findAll(By.id("rules"))).as("nothing saved").isEmpty();

		browser.type(By.id("delayMinutes"), "5");
		browser.clickAndLoad(By.id("add-rule"));
		assertThat(browser.text(By.cssSelector(".messages .notice"))).isEqualTo("Rule added.");
		assertThat(browser.text(By.cssSelector("#rules tbody tr"))).contains("Work mail (Email)", "P1, P2",
				"After 5 min, if still unacknowledged");
		assertThat(contacts.pageSteps(person, dev.firebreak.incident.Priority.P1)).singleElement()
			.satisfies(step -> assertThat(step.delayMinutes()).isEqualTo(5));
		assertThat(browser.consoleErrors()).isEmpty();
		browser.screenshot("notify-my-notifications");
		browser.screenshot("notify-my-notifications-phone", 375);
	}

	@Test
	void aWebhooksSigningSecretIsShownOnceAndTheMethodCanBeDeleted() {
		String person = fixtures.person("wes", Role.RESPONDER, "ops");

		browser.signIn(person).open("/me/notifications");
		new Select(browser.find(By.id("kind"))).selectByValue("WEBHOOK");
		browser.type(By.id("label"), "Ticket bridge");
		browser.type(By.id("address"), "https://hooks.example.test/firebreak/k3y-in-the-path");
		browser.clickAndLoad(By.id("add-method"));

		String secret = browser.text(By.id("secret-value"));
		assertThat(secret).matches("[A-Za-z0-9_-]{43}");
		assertThat(browser.text(By.id("webhook-secret"))).contains("Ticket bridge", "shown this once");
		assertThat(browser.text(By.id("methods"))).contains("Webhook", "https://hooks.example.test/…")
			.doesNotContain("k3y-in-the-path");
		assertThat(browser.consoleErrors()).isEmpty();
		browser.screenshot("notify-webhook-secret");
		browser.screenshot("notify-webhook-secret-phone", 375);

		browser.open("/me/notifications");
		assertThat(browser.findAll(By.id("webhook-secret"))).as("never again").isEmpty();
		assertThat(browser.pageSource()).doesNotContain(secret).doesNotContain("k3y-in-the-path");

		browser.click(By.cssSelector("#methods details.confirm summary"));
		browser.clickAndLoad(By.cssSelector("#methods .delete-button"));
		assertThat(browser.text(By.cssSelector(".messages .notice"))).contains("Deleted “Ticket bridge”");
		assertThat(browser.findAll(By.id("methods"))).isEmpty();
		assertThat(contacts.methodsOf(person)).isEmpty();
	}

	@Test
	void anAdminSeesAnyonesMethodsReadOnlyAndTheFailingDestinationsOthersDoNot() {
		String person = fixtures.person("fay", Role.RESPONDER, "ops");
		long email = fixtures.contactMethod(person, "EMAIL", person + "@example.test");
		long hook = fixtures.contactMethod(person, "SLACK", "https://chat.example.test/hooks/T000/B000/XXXX");
		fixtures.rule(person, email, 0, "P1");
		contacts.markFailing(hook, "404 Not Found: no_service");

		browser.signIn("adam").open("/admin/people/" + person);
		browser.clickAndLoad(By.id("person-notifications"));
		assertThat(browser.path()).isEqualTo("/admin/people/" + person + "/notifications");
		assertThat(browser.text(By.tagName("h1"))).startsWith("How Fay");
		assertThat(browser.text(By.id("methods"))).contains("email of " + person, person + "@example.test",
				"slack of " + person, "https://chat.example.test/…", "Failing since", "no_service");
		assertThat(browser.text(By.id("rules"))).contains("P1", "At once");
		assertThat(browser.findAll(By.cssSelector("main form:not(.who)"))).as("read only").isEmpty();
		assertThat(browser.consoleErrors()).isEmpty();
		browser.screenshot("notify-person-notifications");
		browser.screenshot("notify-person-notifications-phone", 375);

		browser.clickAndLoad(By.linkText("Failing destinations"));
		assertThat(browser.text(By.cssSelector("#failing tr[data-method='" + hook + "']"))).contains(person, "Slack",
				"slack of " + person, "https://chat.example.test/…", "404 Not Found: no_service");
		assertThat(browser.findAll(By.cssSelector("#failing tr[data-method='" + email + "']"))).isEmpty();
		assertThat(browser.consoleErrors()).isEmpty();
		browser.screenshot("notify-destinations");
		browser.screenshot("notify-destinations-phone", 375);

		browser.signIn("ravi");
		assertThat(browser.text(By.cssSelector(".site-header nav"))).doesNotContain("Failing destinations");
		for (String page : List.of("/admin/people/" + person + "/notifications", "/admin/destinations")) {
			browser.open(page);
			assertThat(browser.text(By.cssSelector(".status-code"))).as(page).isEqualTo("403");
		}
		assertThat(browser.consoleErrors()).as("only the refusals themselves")
			.allMatch(error -> error.contains("/admin/") && error.contains("status of 403"));
	}

	private static List<MimeMessage> mailsTo(String address) {
		return Arrays.stream(mail.getReceivedMessages()).filter(message -> {
			try {
				return Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().equals(address));
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

}
