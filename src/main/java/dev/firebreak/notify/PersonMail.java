package dev.firebreak.notify;

import dev.firebreak.notify.channel.Message;
import dev.firebreak.notify.channel.Purpose;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells a person about a follow-up action by email, through the outbox: to each of their
 * email contact methods, or to their account's address when they have none. The mail is
 * no incident's page, so a closed incident (the usual case for a follow-up) does not make
 * it pointless.
 */
@Component
public class PersonMail {

	private final MailToPerson mail;

	private final NotifyProperties properties;

	PersonMail(MailToPerson mail, NotifyProperties properties) {
		this.mail = mail;
		this.properties = properties;
	}

	/**
	 * Queues the mail in the caller's transaction.
	 * @param path the page in Firebreak the mail links to, such as
	 * {@code /incidents/INC-000012}
	 * @param key the same key twice mails once
	 * @return how many emails were queued (0: the person has no address, or was mailed)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int followUpOverdue(String username, String subject, String body, String path, String key) {
		return mail.queue(username, Purpose.FOLLOW_UP, "follow-up:" + key,
				person -> new Message(Purpose.FOLLOW_UP, subject,
						"You manage the team that owns this follow-up action.", null, person.name(), body,
						new Message.Links(null, properties.link(path))),
				null);
	}

}
