package dev.firebreak.notify;

import java.time.Clock;
import java.util.List;

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
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends a scheduled report to a person by email, through the outbox: to each of their
 * email contact methods, or to their account's address when they have none.
 */
@Component
public class ReportMail {

	private static final String WORKBOOK = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final Outbox outbox;

	private final Contacts contacts;

	private final People people;

	private final Clock clock;

	ReportMail(Outbox outbox, Contacts contacts, People people, Clock clock) {
		this.outbox = outbox;
		this.contacts = contacts;
		this.people = people;
		this.clock = clock;
	}

	/**
	 * Queues the report for the person, in the caller's transaction.
	 * @param key what makes this mailing unique (the report and its period); the same key
	 * twice mails once
	 * @return how many emails were queued (0: the person has no address, or was mailed)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int send(String username, String subject, String summary, String fileName, byte[] workbook, String key) {
		People.Person person = people.find(username).orElse(null);
		if (person == null) {
			return 0;
		}
		Message message = new Message(Purpose.REPORT, subject, "You receive this report as a subscriber.", null,
				person.name(), summary, null);
		Attachment attachment = new Attachment(fileName, WORKBOOK, workbook);
		List<ContactMethod> emails = contacts.methodsOf(username)
			.stream()
			.filter(method -> method.kind() == ChannelKind.EMAIL)
			.toList();
		int queued = 0;
		for (ContactMethod email : emails) {
			queued += outbox
				.enqueue(new NewNotification(null, username, email.id(), ChannelKind.EMAIL, null, Purpose.REPORT,
						"report:" + key + ":" + username + ":" + email.id(), message, attachment, clock.instant()))
				.isPresent() ? 1 : 0;
		}
		if (emails.isEmpty() && person.email() != null && !person.email().isBlank()) {
			queued += outbox
				.enqueue(new NewNotification(null, username, null, ChannelKind.EMAIL, person.email(), Purpose.REPORT,
						"report:" + key + ":" + username, message, attachment, clock.instant()))
				.isPresent() ? 1 : 0;
		}
		return queued;
	}

}
