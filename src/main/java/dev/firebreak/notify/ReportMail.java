package dev.firebreak.notify;

import dev.firebreak.notify.channel.Attachment;
import dev.firebreak.notify.channel.Message;
import dev.firebreak.notify.channel.Purpose;

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

	private final MailToPerson mail;

	ReportMail(MailToPerson mail) {
		this.mail = mail;
	}

	/**
	 * Queues the report for the person, in the caller's transaction.
	 * @param key what makes this mailing unique (the report and its period); the same key
	 * twice mails once
	 * @return how many emails were queued (0: the person has no address, or was mailed)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int send(String username, String subject, String summary, String fileName, byte[] workbook, String key) {
		Attachment attachment = new Attachment(fileName, WORKBOOK, workbook);
		return mail.queue(username, Purpose.REPORT, "report:" + key, person -> new Message(Purpose.REPORT, subject,
				"You receive this report as a subscriber.", null, person.name(), summary, null), attachment);
	}

}
