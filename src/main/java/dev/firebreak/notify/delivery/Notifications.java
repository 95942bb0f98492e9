package dev.firebreak.notify.delivery;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import dev.firebreak.notify.channel.Message;
import dev.firebreak.notify.channel.Purpose;
import dev.firebreak.notify.contact.ContactMethod;
import dev.firebreak.notify.contact.Contacts;
import dev.firebreak.security.Actor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the record of notifications, and the test notification people ask for. */
@Service
@Transactional
public class Notifications {

	private final NotificationRepository notifications;

	private final Contacts contacts;

	private final Outbox outbox;

	private final Clock clock;

	Notifications(NotificationRepository notifications, Contacts contacts, Outbox outbox, Clock clock) {
		this.notifications = notifications;
		this.contacts = contacts;
		this.outbox = outbox;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<Notification> find(long id) {
		return notifications.find(id);
	}

	/** An incident's notifications, oldest first (callers check who may see it). */
	@Transactional(readOnly = true)
	public List<Notification> ofIncident(long incidentId) {
		return notifications.forIncident(incidentId);
	}

	/** The notifications of many incidents, by incident and id. */
	@Transactional(readOnly = true)
	public List<Notification> ofIncidents(Collection<Long> incidentIds) {
		return notifications.forIncidents(incidentIds);
	}

	/** The person's last 50 notifications, newest first. */
	@Transactional(readOnly = true)
	public List<Notification> recentFor(String username) {
		return notifications.recentFor(username, 50);
	}

	/** Sends a test to one of the person's own contact methods, at once. */
	public Notification sendTest(Actor actor, long contactMethodId) {
		ContactMethod method = contacts.ownMethod(actor, contactMethodId);
		String at = clock.instant().toString();
		Message message = new Message(Purpose.TEST, "Firebreak test notification",
				"You asked for a test of \"" + method.label() + "\" at " + at + ".", null, actor.username(),
				"If you can read this, Firebreak can reach you here. Nothing else to do.", null);
		long id = outbox
			.enqueue(new NewNotification(null, actor.username(), method.id(), method.kind(), null, Purpose.TEST,
					"test:" + method.id() + ":" + at, message, null, clock.instant()))
			.orElseThrow(() -> new IllegalStateException("A test of this contact method is already waiting"));
		return notifications.find(id).orElseThrow();
	}

}
