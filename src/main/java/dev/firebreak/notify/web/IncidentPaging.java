package dev.firebreak.notify.web;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.firebreak.incident.Incident;
import dev.firebreak.notify.contact.ContactMethod;
import dev.firebreak.notify.contact.Contacts;
import dev.firebreak.notify.delivery.Notification;
import dev.firebreak.notify.delivery.Notifications;
import dev.firebreak.security.People;

import org.springframework.stereotype.Component;

/**
 * Who was told what, as pages list it: the incident page's paging panel and a person's
 * recent notifications. Callers check that the reader may see the incident or the person.
 */
@Component
class IncidentPaging {

	private final Notifications notifications;

	private final Contacts contacts;

	private final People people;

	IncidentPaging(Notifications notifications, Contacts contacts, People people) {
		this.notifications = notifications;
		this.contacts = contacts;
		this.people = people;
	}

	/** The incident's notifications, oldest first. */
	List<Row> ofIncident(String number) {
		return rows(notifications.ofIncident(Incident.idOf(number)));
	}

	/** The person's last notifications, newest first. */
	List<Row> recentFor(String username) {
		return rows(notifications.recentFor(username));
	}

	private List<Row> rows(List<Notification> sent) {
		Map<String, String> names = new HashMap<>();
		Map<Long, Optional<ContactMethod>> methods = new HashMap<>();
		return sent.stream().map(notification -> {
			String name = names.computeIfAbsent(notification.username(),
					username -> people.find(username).map(People.Person::name).orElse(username));
			String via = notification.contactMethodId() == null ? null
					: methods.computeIfAbsent(notification.contactMethodId(), contacts::method)
						.map(ContactMethod::label)
						.orElse("(deleted contact method)");
			return new Row(notification.id(), notification.username(), name, ChannelNames.of(notification.channel()),
					via, ChannelNames.of(notification.purpose()),
					notification.incidentId() == null ? null : Incident.number(notification.incidentId()),
					notification.headline(), notification.status().name(), notification.attempts(),
					notification.createdAt(), notification.nextAttemptAt(), notification.sentAt(),
					notification.endedAt(), notification.lastError());
		}).toList();
	}

	/**
	 * One notification as a page lists it.
	 *
	 * @param via the label of the contact method it went to, or null (a report to the
	 * account's address)
	 * @param incident the incident's number, or null (a test, a report)
	 * @param status PENDING, SENT, FAILED or CANCELLED
	 * @param lastError why the last attempt failed, or why it was cancelled
	 */
	public record Row(long id, String username, String name, String channel, String via, String purpose,
			String incident, String headline, String status, int attempts, Instant createdAt, Instant nextAttemptAt,
			Instant sentAt, Instant endedAt, String lastError) {

		/** The status in words, for the page. */
		public String statusWords() {
			return switch (status) {
				case "SENT" -> "Sent";
				case "FAILED" -> "Failed";
				case "CANCELLED" -> "Cancelled";
				default -> attempts == 0 ? "Pending" : "Pending, will retry";
			};
		}

	}

}
