package dev.firebreak.notify;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;

import dev.firebreak.notify.channel.Attachment;
import dev.firebreak.notify.channel.ChannelKind;
import dev.firebreak.notify.channel.Message;
import dev.firebreak.notify.channel.Purpose;
import dev.firebreak.notify.contact.ContactMethod;
import dev.firebreak.notify.contact.Contacts;
import dev.firebreak.notify.delivery.NewNotification;
import dev.firebreak.notify.delivery.Outbox;
import dev.firebreak.security.People;

import org.springframework.stereotype.Component;

/**
 * One mail to a person, outside paging: to each of their email contact methods, or to
 * their account's address when they have none. The outbox's key makes it once.
 */
@Component
class MailToPerson {

	private final Outbox outbox;

	private final Contacts contacts;

	private final People people;

	private final Clock clock;

	MailToPerson(Outbox outbox, Contacts contacts, People people, Clock clock) {
		this.outbox = outbox;
		this.contacts = contacts;
		this.people = people;
		this.clock = clock;
	}

	/**
	 * @param key the outbox key's stem; the person and the method are added
	 * @return how many emails were queued (0: unknown person, no address, or mailed)
	 */
	int queue(String username, Purpose purpose, String key, Function<People.Person, Message> message,
			Attachment attachment) {
		People.Person person = people.find(username).orElse(null);
		if (person == null) {
			return 0;
		}
		Message text = message.apply(person);
		List<ContactMethod> emails = contacts.methodsOf(username)
			.stream()
			.filter(method -> method.kind() == ChannelKind.EMAIL)
			.toList();
		int queued = 0;
		for (ContactMethod email : emails) {
			queued += outbox
				.enqueue(new NewNotification(null, username, email.id(), ChannelKind.EMAIL, null, purpose,
						key + ":" + username + ":" + email.id(), text, attachment, clock.instant()))
				.isPresent() ? 1 : 0;
		}
		if (emails.isEmpty() && person.email() != null && !person.email().isBlank()) {
			queued += outbox
				.enqueue(new NewNotification(null, username, null, ChannelKind.EMAIL, person.email(), purpose,
						key + ":" + username, text, attachment, clock.instant()))
				.isPresent() ? 1 : 0;
		}
		return queued;
	}

}
