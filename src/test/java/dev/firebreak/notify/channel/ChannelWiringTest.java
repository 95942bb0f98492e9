package dev.firebreak.notify.channel;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import dev.firebreak.FirebreakTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The channels as the application wires them: one per kind for the delivery worker, the
 * mail server's timeouts set, and the mail templates rendered by the application's own
 * Thymeleaf engine (the plain-text one in TEXT mode, not as HTML).
 */
@FirebreakTest
class ChannelWiringTest {

	@Autowired
	private List<Channel> channels;

	@Autowired
	private JavaMailSender mailSender;

	@Autowired
	private ITemplateEngine templates;

	@Autowired
	private EmailChannel email;

	@Test
	void offersOneChannelPerKind() {
		assertThat(channels).extracting(Channel::kind).containsExactlyInAnyOrder(ChannelKind.values());
	}

	@Test
	void neverWaitsOnTheMailServerForever() {
		assertThat(((JavaMailSenderImpl) mailSender).getJavaMailProperties())
			.containsEntry("mail.smtp.connectiontimeout", "10000")
			.containsEntry("mail.smtp.timeout", "10000")
			.containsEntry("mail.smtp.writetimeout", "10000");
	}

	@Test
	void rendersBothMailTemplatesWithTheApplicationsEngine() {
		Message page = ChannelTestData.page();
		Context context = new Context(Locale.ENGLISH, Map.of("mail", email.view(new Delivery(1,
				new Destination(ChannelKind.EMAIL, "alice@example.com", null), page, null, ChannelTestData.SENT_AT))));

		assertThat(templates.process(EmailChannel.TEXT, context)).startsWith(page.reason() + "\n")
			.contains("Priority: P1\n")
			.doesNotContain("<");
		assertThat(templates.process(EmailChannel.HTML, context)).startsWith("<!DOCTYPE html>")
			.contains("<td style=\"padding:4px 0;font-weight:bold;\">P1</td>");
	}

}
