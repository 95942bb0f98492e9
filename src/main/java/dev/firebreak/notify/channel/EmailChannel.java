package dev.firebreak.notify.channel;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import dev.firebreak.notify.NotifyProperties;
import dev.firebreak.notify.channel.Wording.Fact;

/**
 * Email over SMTP: multipart/alternative plain text and HTML (rendered from
 * templates/notify/mail/), a report's workbook attached beside them. The
 * {@value #NOTIFICATION_HEADER} header carries the notification's id, so a receiver (or a
 * test) can tell a retried send of the same notification from a new one without relying
 * on the Message-ID, which changes with each attempt.
 */
@Component
class EmailChannel implements Channel {

	static final String NOTIFICATION_HEADER = "X-Firebreak-Notification";

	static final TemplateSpec TEXT = new TemplateSpec("notify/mail/notification.txt", TemplateMode.TEXT);

	static final TemplateSpec HTML = new TemplateSpec("notify/mail/notification.html", TemplateMode.HTML);

	private final JavaMailSender mailSender;

	private final ITemplateEngine templates;

	private final Wording wording;

	private final String from;

	EmailChannel(JavaMailSender mailSender, ITemplateEngine templates, Wording wording, NotifyProperties properties) {
		this.mailSender = mailSender;
		this.templates = templates;
		this.wording = wording;
		this.from = properties.mailFrom();
		fillInTimeouts(mailSender, properties);
	}

	@Override
	public ChannelKind kind() {
		return ChannelKind.EMAIL;
	}

	@Override
	public void send(Delivery delivery) throws DeliveryFailure {
		MimeMessage mail = write(delivery);
		try {
			mailSender.send(mail);
		}
		catch (MailException ex) {
			throw SmtpFailures.classify(ex);
		}
	}

	private MimeMessage write(Delivery delivery) throws DeliveryFailure {
		Message message = delivery.message();
		Context context = new Context(Locale.ENGLISH, Map.of("mail", view(delivery)));
		MimeMessage mail = mailSender.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(mail, MimeMessageHelper.MULTIPART_MODE_MIXED, "UTF-8");
			helper.setFrom(from);
			helper.setTo(delivery.destination().address());
			// a line break in a subject would start a new header
			helper.setSubject(message.headline().replaceAll("[\\r\\n]+", " "));
			helper.setText(templates.process(TEXT, context), templates.process(HTML, context));
			Attachment attachment = delivery.attachment();
			if (attachment != null) {
				helper.addAttachment(attachment.name(), new ByteArrayResource(attachment.content()),
						attachment.contentType());
			}
			mail.setHeader(NOTIFICATION_HEADER, Long.toString(delivery.notificationId()));
			String unsubscribe = (message.links() != null) ? message.links().unsubscribe() : null;
			if (unsubscribe != null) {
				// RFC 8058: mail programs offer their own one-click unsubscribe button
				mail.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
				mail.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
			}
			return mail;
		}
		catch (MessagingException ex) {
			throw DeliveryFailure.permanentFailure("the email could not be written: " + ex.getMessage(), ex);
		}
	}

	MailView view(Delivery delivery) {
		Message message = delivery.message();
		Attachment attachment = delivery.attachment();
		return new MailView(message.headline(), message.reason(), message.recipient(),
				(message.incident() != null) ? wording.title(message) : null, blankToNull(message.body()),
				wording.facts(message), wording.acknowledgeLink(message), wording.openLink(message),
				(attachment != null) ? attachment.name() : null, wording.colour(message).hex(),
				(message.links() != null) ? message.links().unsubscribe() : null);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

	/**
	 * Jakarta Mail waits forever by default. Spring Boot's mail sender takes
	 * {@code spring.mail.properties.*}; any of the three timeouts left unset there is
	 * filled in from {@code firebreak.notify.http-timeout} before the first connection.
	 */
	private static void fillInTimeouts(JavaMailSender mailSender, NotifyProperties properties) {
		if (mailSender instanceof JavaMailSenderImpl sender) {
			String protocol = (sender.getProtocol() != null) ? sender.getProtocol() : "smtp";
			Properties settings = sender.getJavaMailProperties();
			String millis = Long.toString(properties.httpTimeout().toMillis());
			for (String timeout : List.of("connectiontimeout", "timeout", "writetimeout")) {
				settings.putIfAbsent("mail." + protocol + "." + timeout, millis);
			}
		}
	}

	/** What the mail templates show; null where a part does not apply. */
	record MailView(String headline, String reason, String recipient, String title, String body, List<Fact> facts,
			String acknowledgeLink, String openLink, String attachmentName, String colour, String unsubscribeLink) {
	}

}
