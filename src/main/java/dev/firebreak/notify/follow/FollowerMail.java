package dev.firebreak.notify.follow;

import java.util.List;

import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.PublicUpdatePublished;
import dev.firebreak.notify.NotifyProperties;
import dev.firebreak.notify.channel.ChannelKind;
import dev.firebreak.notify.channel.Message;
import dev.firebreak.notify.channel.Purpose;
import dev.firebreak.notify.contact.ContactMethod;
import dev.firebreak.notify.contact.Contacts;
import dev.firebreak.notify.delivery.NewNotification;
import dev.firebreak.notify.delivery.Outbox;
import dev.firebreak.security.People;
import dev.firebreak.task.VisibleIncidents;
import dev.firebreak.web.Formats;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Mails each public update to the incident's followers, through the outbox: to their
 * email contact methods, or their account's address when they have none. Someone who may
 * no longer see the incident (taken off it, moved team) is not told.
 */
@Component
class FollowerMail {

	private final Follows follows;

	private final IncidentService incidents;

	private final VisibleIncidents visible;

	private final People people;

	private final Contacts contacts;

	private final Outbox outbox;

	private final NotifyProperties properties;

	FollowerMail(Follows follows, IncidentService incidents, VisibleIncidents visible, People people, Contacts contacts,
			Outbox outbox, NotifyProperties properties) {
		this.follows = follows;
		this.incidents = incidents;
		this.visible = visible;
		this.people = people;
		this.contacts = contacts;
		this.outbox = outbox;
		this.properties = properties;
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(PublicUpdatePublished update) {
		Incident incident = incidents.get(update.incidentId());
		for (String username : follows.followers(incident.id())) {
			People.Person person = people.find(username).orElse(null);
			if (person == null || !visible.mayRead(incident, person.asActor())) {
				continue;
			}
			Message message = new Message(Purpose.UPDATE,
					incident.number() + " " + Formats.label(update.status()) + ": " + incident.title(),
					"You follow " + incident.number() + "; a public update was published.", facts(incident),
					person.name(), Formats.label(update.status()) + "\n\n" + update.message(), null);
			String key = "update:" + incident.id() + ":" + update.publishedAt().toEpochMilli() + ":" + username;
			List<ContactMethod> emails = contacts.methodsOf(username)
				.stream()
				.filter(method -> method.kind() == ChannelKind.EMAIL)
				.toList();
			for (ContactMethod email : emails) {
				outbox.enqueue(new NewNotification(incident.id(), username, email.id(), ChannelKind.EMAIL, null,
						Purpose.UPDATE, key + ":" + email.id(), message, null, update.publishedAt()));
			}
			if (emails.isEmpty() && person.email() != null && !person.email().isBlank()) {
				outbox.enqueue(new NewNotification(incident.id(), username, null, ChannelKind.EMAIL, person.email(),
						Purpose.UPDATE, key, message, null, update.publishedAt()));
			}
		}
	}

	private Message.IncidentFacts facts(Incident incident) {
		return new Message.IncidentFacts(incident.number(), incident.title(),
				incident.priority() == null ? null : incident.priority().name(), incident.severity().name(),
				incident.status().name(), incident.serviceName(), incident.team(), incident.detectedAt(),
				incident.ackDueAt(), incident.resolveDueAt(), properties.link("/incidents/" + incident.number()));
	}

}
