package dev.firebreak.notify;

import java.time.Clock;
import java.util.List;

import dev.firebreak.notify.channel.ChannelKind;
import dev.firebreak.notify.channel.Message;
import dev.firebreak.notify.channel.Purpose;
import dev.firebreak.notify.contact.ContactMethod;
import dev.firebreak.notify.contact.Contacts;
import dev.firebreak.notify.delivery.NewNotification;
import dev.firebreak.notify.delivery.Outbox;
import dev.firebreak.security.People;

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

	private final Outbox outbox;

	private final Contacts contacts;

	private final People people;

	private final NotifyProperties properties;

	private final Clock clock;

	PersonMail(Outbox outbox, Contacts contacts, People people, NotifyProperties properties, Clock clock) {
		this.outbox = outbox;
		this.contacts = contacts;
		this.people = people;
		this.properties = properties;
		this.clock = clock;
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
		People.Person person = people.find(username).orElse(null);
		if (person == null) {
			return 0;
		}
		Message message = new Message(Purpose.FOLLOW_UP, subject,
				"You manage the team that owns this follow-up action.", null, person.name(), body,
				new Message.Links(null, properties.link(path)));
		List<ContactMethod> emails = contacts.methodsOf(username)
			.stream()
			.filter(method -> method.kind() == ChannelKind.EMAIL)
			.toList();
		int queued = 0;
		for (ContactMethod email : emails) {
			queued += outbox
				.enqueue(new NewNotification(null, username, email.id(), ChannelKind.EMAIL, null, Purpose.FOLLOW_UP,
						"follow-up:" + key + ":" + username + ":" + email.id(), message, null, clock.instant()))
				.isPresent() ? 1 : 0;
		}
		if (emails.isEmpty() && person.email() != null && !person.email().isBlank()) {
			queued += outbox
				.enqueue(new NewNotification(null, username, null, ChannelKind.EMAIL, person.email(), Purpose.FOLLOW_UP,
						"follow-up:" + key + ":" + username, message, null, clock.instant()))
				.isPresent() ? 1 : 0;
		}
		return queued;
	}

}
