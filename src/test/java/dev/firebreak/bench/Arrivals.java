package dev.firebreak.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.firebreak.TestSmtp;
import dev.firebreak.notify.channel.WebhookReceiver;
import jakarta.mail.MessagingException;

/**
 * Where the benchmark's notifications arrive, each with the moment it did: a real SMTP
 * server (GreenMail keeps the time it stored each message) and an HTTP receiver for
 * signed webhooks, both on 127.0.0.1. Messages are told apart by the incident number they
 * carry.
 */
final class Arrivals implements AutoCloseable {

	private static final Pattern NUMBER = Pattern.compile("INC-\\d+");

	private final GreenMail smtp = new GreenMail(new ServerSetup(TestSmtp.PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	private final WebhookReceiver webhooks = new WebhookReceiver();

	private final ObjectMapper json = new ObjectMapper();

	Arrivals() {
		smtp.start();
	}

	int smtpPort() {
		return TestSmtp.PORT;
	}

	String webhookUrl(String path) {
		return webhooks.url(path);
	}

	/** Every mail to the address, by the incident number in its subject. */
	Map<String, List<Instant>> mails(String address) throws FolderException, MessagingException {
		Map<String, List<Instant>> byNumber = new HashMap<>();
		GreenMailUser user = smtp.getUserManager().getUserByEmail(address);
		if (user == null) {
			return byNumber;
		}
		for (StoredMessage message : smtp.getManagers().getImapHostManager().getInbox(user).getMessages()) {
			add(byNumber, message.getMimeMessage().getSubject(), message.getReceivedDate().toInstant());
		}
		return byNumber;
	}

	int mailCount(String address) throws FolderException {
		GreenMailUser user = smtp.getUserManager().getUserByEmail(address);
		return user == null ? 0 : smtp.getManagers().getImapHostManager().getInbox(user).getMessageCount();
	}

	/** Every webhook received, by the incident number in its body. */
	Map<String, List<Instant>> webhooks() throws Exception {
		Map<String, List<Instant>> byNumber = new HashMap<>();
		for (WebhookReceiver.Received request : webhooks.all()) {
			add(byNumber, json.readTree(request.body()).path("incident").path("number").asText(), request.at());
		}
		return byNumber;
	}

	int webhookCount() {
		return webhooks.all().size();
	}

	private static void add(Map<String, List<Instant>> byNumber, String text, Instant at) {
		Matcher number = NUMBER.matcher(text);
		if (number.find()) {
			byNumber.computeIfAbsent(number.group(), key -> new ArrayList<>()).add(at);
		}
	}

	@Override
	public void close() {
		webhooks.close();
		smtp.stop();
	}

}
