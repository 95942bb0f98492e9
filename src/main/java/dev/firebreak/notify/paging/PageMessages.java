package dev.firebreak.notify.paging;

import dev.firebreak.incident.Incident;
import dev.firebreak.notify.NotifyProperties;
import dev.firebreak.notify.channel.Message;
import dev.firebreak.notify.channel.Purpose;

import org.springframework.stereotype.Component;

/** Words of the notifications paging sends: a headline and why this person is told. */
@Component
class PageMessages {

	private final NotifyProperties properties;

	PageMessages(NotifyProperties properties) {
		this.properties = properties;
	}

	Message page(Incident incident, String recipient, String reason) {
		return new Message(Purpose.PAGE, headline(incident, null), reason, facts(incident), recipient, null, null);
	}

	Message breach(Incident incident, String clock, String recipient) {
		String reason = "The " + clock + " SLA of " + incident.number() + " ran out ("
				+ ("acknowledge".equals(clock) ? "nobody acknowledged it in time" : "it is not resolved in time")
				+ "). You are told as a manager of team " + incident.team() + ".";
		return new Message(Purpose.SLA_BREACH, headline(incident, clock + " SLA breached"), reason, facts(incident),
				recipient, null, null);
	}

	private static String headline(Incident incident, String what) {
		String priority = incident.priority() == null ? "" : "[" + incident.priority() + "] ";
		return priority + incident.number() + (what == null ? "" : " " + what) + ": " + incident.title();
	}

	private Message.IncidentFacts facts(Incident incident) {
		return new Message.IncidentFacts(incident.number(), incident.title(),
				incident.priority() == null ? null : incident.priority().name(), incident.severity().name(),
				incident.status().name(), incident.serviceName(), incident.team(), incident.detectedAt(),
				incident.ackDueAt(), incident.resolveDueAt(), properties.link("/incidents/" + incident.number()));
	}

}
