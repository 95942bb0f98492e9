package dev.firebreak.notify.demo;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.PreDestroy;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo's mail catcher: a real SMTP server (GreenMail) on 127.0.0.1 that accepts every
 * message, so that the walk-through shows pages arriving without any mail set-up. Only
 * with the demo profile; production sends to a real mail server.
 */
@Component
@Profile("demo")
public class DemoMailbox {

	private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

	private final GreenMail server;

	DemoMailbox(@Value("${firebreak.notify.demo-mailbox-port:3025}") int port) {
		server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		server.start();
	}

	@PreDestroy
	void stop() {
		server.stop();
	}

	/** What arrived, newest first. */
	public List<Mail> received() {
		return Arrays.stream(server.getReceivedMessages())
			.map(DemoMailbox::mail)
			.sorted(Comparator.comparing(Mail::receivedAt, Comparator.nullsLast(Comparator.reverseOrder())))
			.toList();
	}

	private static Mail mail(MimeMessage message) {
		try {
			Instant received = message.getReceivedDate() == null ? null : message.getReceivedDate().toInstant();
			String to = Arrays.stream(message.getAllRecipients())
				.map(Object::toString)
				.reduce((a, b) -> a + ", " + b)
				.orElse("");
			return new Mail(received, to, message.getSubject(), pieces(text(message)));
		}
		catch (MessagingException | IOException ex) {
			return new Mail(null, "?", "(unreadable message: " + ex.getMessage() + ")", List.of());
		}
	}

	/** The plain-text part, wherever it sits in the message. */
	private static String text(Part part) throws MessagingException, IOException {
		if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
			return (String) part.getContent();
		}
		if (part.isMimeType("multipart/*")) {
			Multipart parts = (Multipart) part.getContent();
			for (int i = 0; i < parts.getCount(); i++) {
				BodyPart child = parts.getBodyPart(i);
				String text = text(child);
				if (text != null) {
					return text;
				}
			}
		}
		return null;
	}

	/**
	 * The text cut into plain pieces and links, so the page can make the links clickable.
	 */
	private static List<Piece> pieces(String text) {
		List<Piece> pieces = new ArrayList<>();
		if (text == null) {
			return pieces;
		}
		Matcher links = LINK.matcher(text);
		int at = 0;
		while (links.find()) {
			pieces.add(new Piece(text.substring(at, links.start()), false));
			pieces.add(new Piece(links.group(), true));
			at = links.end();
		}
		pieces.add(new Piece(text.substring(at), false));
		return pieces;
	}

	/** A message as the mailbox page shows it. */
	public record Mail(Instant receivedAt, String to, String subject, List<Piece> body) {
	}

	/** A piece of a message's text: plain, or a link. */
	public record Piece(String text, boolean link) {
	}

}
