package dev.firebreak.notify.channel;

import java.time.Instant;

/**
 * What a notification says, before any channel renders it. Decided (and stored as JSON in
 * the outbox) when the notification is planned; the links are added when it is sent.
 *
 * @param headline one line: an email's subject, a chat message's title
 * @param reason why this person is told now (a new incident, a level of the policy, a
 * breach)
 * @param incident the incident's facts; null for a test or a report
 * @param recipient the display name of the person told
 * @param body free text (a report's summary, a test's explanation); may be null
 * @param links where to act; null until sent, and for reports
 */
public record Message(Purpose purpose, String headline, String reason, IncidentFacts incident, String recipient,
		String body, Links links) {

	/** The same message with the links it is sent with. */
	public Message withLinks(Links links) {
		return new Message(purpose, headline, reason, incident, recipient, body, links);
	}

	/**
	 * An incident as a notification shows it.
	 *
	 * @param url the incident's page
	 */
	public record IncidentFacts(String number, String title, String priority, String severity, String status,
			String service, String team, Instant detectedAt, Instant acknowledgeDue, Instant resolveDue, String url) {
	}

	/**
	 * Signed, expiring links; {@code acknowledge} is null where there is nothing to
	 * acknowledge; {@code unsubscribe} only on mail to the status page's subscribers
	 * (also sent as the List-Unsubscribe header).
	 */
	public record Links(String acknowledge, String open, String unsubscribe) {

		public Links(String acknowledge, String open) {
			this(acknowledge, open, null);
		}

	}

}
