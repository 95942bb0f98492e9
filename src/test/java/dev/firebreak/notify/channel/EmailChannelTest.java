package dev.firebreak.notify.channel;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import dev.firebreak.notify.NotifyProperties;

import static dev.firebreak.notify.channel.ChannelTestData.ACKNOWLEDGE;
import static dev.firebreak.notify.channel.ChannelTestData.OPEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Email through a real SMTP server (GreenMail) on a free port, with the templates
 * rendered by a Thymeleaf engine set up as Spring Boot sets up the application's.
 */
class EmailChannelTest {

	@RegisterExtension
	static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	private final NotifyProperties properties = ChannelTestData.properties(Duration.ofSeconds(2));

	@Test
	void sendsAPageAsPlainTextAndHtmlWithTheFactsAndBothLinks() throws Exception {
		channel(greenMail.getSmtp().getPort()).send(delivery(42, ChannelTestData.page(), null));

		MimeMessage mail = onlyMail();
		assertThat(mail.getSubject()).isEqualTo("INC-000042 paged: Checkout returns 500");
		assertThat(mail.getFrom()).containsExactly(new InternetAddress("firebreak@example.com"));
		assertThat(mail.getAllRecipients()).containsExactly(new InternetAddress("alice@example.com"));
		assertThat(mail.getHeader("X-Firebreak-Notification")).containsExactly("42");
		assertThat(part(mail, "multipart/alternative")).as("a multipart/alternative part").isNotNull();

		String text = (String) part(mail, "text/plain").getContent();
		assertThat(text).contains("You are on call for payments (level 1 of Payments escalation).",
				"INC-000042: Checkout returns 500", "Priority: P1", "Severity: CRITICAL", "Service: checkout",
				"Team: payments", "Status: DIAGNOSING", "Detected: 2026-12-04 16:12 UTC",
				"Acknowledge by: 2026-12-04 16:30 UTC", "Resolve by: 2026-12-04 20:12 UTC",
				"Acknowledge: " + ACKNOWLEDGE, "Open incident: " + OPEN, "Sent by Firebreak to Alice Example.");

		String html = (String) part(mail, "text/html").getContent();
		assertThat(html)
			.contains(">INC-000042: Checkout returns 500<", ">P1<", ">checkout<", ">payments<",
					">2026-12-04 16:30 UTC<", ">2026-12-04 20:12 UTC<", "href=\"" + ACKNOWLEDGE + "\"",
					"href=\"" + OPEN + "\"", "border-left:6px solid #D92D20")
			.doesNotContain("<script", "<link", "src=", "url(");
	}

	@Test
	void escapesEverythingAnIncidentSays() throws Exception {
		Message page = ChannelTestData.page();
		Message.IncidentFacts facts = page.incident();
		Message hostile = new Message(page.purpose(), page.headline(), "<b>bold</b> reason",
				new Message.IncidentFacts(facts.number(), "<script>alert('x')</script> & co", facts.priority(),
						facts.severity(), facts.status(), "<img src=x>", facts.team(), facts.detectedAt(),
						facts.acknowledgeDue(), facts.resolveDue(), facts.url()),
				page.recipient(), null, page.links());

		channel(greenMail.getSmtp().getPort()).send(delivery(43, hostile, null));

		String html = (String) part(onlyMail(), "text/html").getContent();
		assertThat(html)
			.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co", "&lt;img src=x&gt;",
					"&lt;b&gt;bold&lt;/b&gt; reason")
			.doesNotContain("<script", "<img", "<b>");
	}

	@Test
	void sendsATestWithItsExplanationAndNoIncident() throws Exception {
		channel(greenMail.getSmtp().getPort()).send(delivery(44, ChannelTestData.test(), null));

		MimeMessage mail = onlyMail();
		assertThat(mail.getSubject()).isEqualTo("Firebreak test notification");
		String text = (String) part(mail, "text/plain").getContent();
		assertThat(text)
			.contains("You asked for a test of this contact method.",
					"If you can read this, pages will reach you here.")
			.doesNotContain("Acknowledge", "Priority");
		assertThat((String) part(mail, "text/html").getContent())
			.contains("If you can read this, pages will reach you here.")
			.doesNotContain("Acknowledge");
	}

	@Test
	void sendsAReportWithItsWorkbookIntact() throws Exception {
		byte[] workbook = new byte[64 * 1024];
		for (int i = 0; i < workbook.length; i++) {
			workbook[i] = (byte) (i * 31 + i / 256);
		}
		Attachment attachment = new Attachment("daily-report-2026-12-03.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook);

		channel(greenMail.getSmtp().getPort()).send(delivery(45, ChannelTestData.report(), attachment));

		MimeMessage mail = onlyMail();
		Part attached = part(mail, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(attached.getFileName()).isEqualTo("daily-report-2026-12-03.xlsx");
		assertThat(Part.ATTACHMENT).isEqualToIgnoringCase(attached.getDisposition());
		assertThat(attached.getInputStream().readAllBytes()).isEqualTo(workbook);
		assertThat((String) part(mail, "text/plain").getContent()).contains(
				"12 incidents opened, 11 resolved; MTTA 4 min, MTTR 52 min.", "Attached: daily-report-2026-12-03.xlsx");
	}

	@Test
	void aMailServerThatIsDownDelaysTheEmail() throws IOException {
		int closed;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closed = socket.getLocalPort();
		}

		DeliveryFailure failure = catchThrowableOfType(
				() -> channel(closed).send(delivery(46, ChannelTestData.page(), null)), DeliveryFailure.class);

		assertThat(failure.permanent()).isFalse();
		assertThat(failure.getMessage()).startsWith("the mail server could not be reached");
	}

	@Test
	void givesUpOnlyOnAFiveHundredReply() throws Exception {
		Address bob = new InternetAddress("bob@example.com");
		Address[] bobOnly = { bob };

		assertThat(
				SmtpFailures.classify(sendFailed(new SendFailedException("Invalid Addresses",
						new SMTPAddressFailedException((InternetAddress) bob, "RCPT TO:<bob@example.com>", 550,
								"550 5.1.1 <bob@example.com>: user unknown"),
						null, null, bobOnly))))
			.satisfies(failure -> {
				assertThat(failure.permanent()).isTrue();
				assertThat(failure.getMessage()).isEqualTo(
						"the mail server refused the recipient with 550: 550 5.1.1 <bob@example.com>: user unknown");
			});
		assertThat(SmtpFailures.classify(sendFailed(new SendFailedException("Invalid Addresses",
				new SMTPAddressFailedException((InternetAddress) bob, "RCPT TO:<bob@example.com>", 452,
						"452 4.2.2 mailbox full"),
				null, bobOnly, null))))
			.satisfies(failure -> assertThat(failure.permanent()).isFalse());
		assertThat(SmtpFailures.classify(sendFailed(
				new SMTPSendFailedException("DATA", 554, "554 5.7.1 message refused", null, null, null, null))))
			.satisfies(failure -> assertThat(failure.permanent()).isTrue());
		assertThat(SmtpFailures.classify(sendFailed(
				new SMTPSendFailedException("DATA", 451, "451 4.3.0 try again later", null, null, null, null))))
			.satisfies(failure -> assertThat(failure.permanent()).isFalse());
		assertThat(SmtpFailures
			.classify(sendFailed(new SendFailedException("Invalid Addresses", null, null, null, bobOnly))))
			.satisfies(failure -> assertThat(failure.permanent()).isTrue());
		assertThat(SmtpFailures.classify(new MailAuthenticationException(new AuthenticationFailedException("535"))))
			.satisfies(failure -> assertThat(failure.permanent()).isFalse());
	}

	@Test
	void fillsInTheTimeoutsLeftUnset() {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.getJavaMailProperties().setProperty("mail.smtp.timeout", "5000");

		new EmailChannel(sender, templates(), new Wording(properties), properties);

		assertThat(sender.getJavaMailProperties()).containsEntry("mail.smtp.connectiontimeout", "2000")
			.containsEntry("mail.smtp.timeout", "5000")
			.containsEntry("mail.smtp.writetimeout", "2000");
	}

	private EmailChannel channel(int port) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(port);
		return new EmailChannel(sender, templates(), new Wording(properties), properties);
	}

	/**
	 * As Spring Boot configures the application's engine: templates/, .html, HTML mode.
	 */
	private static SpringTemplateEngine templates() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		return engine;
	}

	private static Delivery delivery(long id, Message message, Attachment attachment) {
		return new Delivery(id, new Destination(ChannelKind.EMAIL, "alice@example.com", null), message, attachment,
				ChannelTestData.SENT_AT);
	}

	private static MailSendException sendFailed(Exception cause) {
		return new MailSendException(Map.of(new Object(), cause));
	}

	private static MimeMessage onlyMail() {
		MimeMessage[] received = greenMail.getReceivedMessages();
		assertThat(received).hasSize(1);
		return received[0];
	}

	/** The first part of this MIME type, at any depth. */
	private static Part part(Part root, String mimeType) throws MessagingException, IOException {
		List<Part> pending = new ArrayList<>(List.of(root));
		while (!pending.isEmpty()) {
			Part part = pending.remove(0);
			if (part != root && part.isMimeType(mimeType)) {
				return part;
			}
			if (part.isMimeType("multipart/*")) {
				Multipart multipart = (Multipart) part.getContent();
				for (int i = 0; i < multipart.getCount(); i++) {
					BodyPart child = multipart.getBodyPart(i);
					pending.add(child);
				}
			}
		}
		return null;
	}

}
