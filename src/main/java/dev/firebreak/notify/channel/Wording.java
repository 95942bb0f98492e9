package dev.firebreak.notify.channel;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import dev.firebreak.notify.NotifyProperties;
import dev.firebreak.notify.channel.Message.IncidentFacts;

/**
 * The text pieces every channel shows, worded once: the title line, the incident's facts
 * in one order, times in the configured zone, which link opens what, and the colour. So
 * an email, a Slack post and a Discord embed about the same page never disagree.
 */
@Component
class Wording {

	private final DateTimeFormatter time;

	Wording(NotifyProperties properties) {
		this.time = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm z", Locale.ROOT).withZone(properties.zone());
	}

	/** {@code INC-000042: Checkout returns 500}, or the headline when no incident. */
	String title(Message message) {
		IncidentFacts incident = message.incident();
		return (incident != null) ? incident.number() + ": " + incident.title() : message.headline();
	}

	/** Such as {@code 2026-12-04 16:30 UTC}; null stays null. */
	String time(Instant instant) {
		return (instant != null) ? time.format(instant) : null;
	}

	/**
	 * The incident's facts in the order every channel shows them; absent ones left out.
	 */
	List<Fact> facts(Message message) {
		IncidentFacts incident = message.incident();
		List<Fact> facts = new ArrayList<>();
		if (incident == null) {
			return facts;
		}
		add(facts, "Priority", incident.priority());
		add(facts, "Severity", incident.severity());
		add(facts, "Status", incident.status());
		add(facts, "Service", incident.service());
		add(facts, "Team", incident.team());
		add(facts, "Detected", time(incident.detectedAt()));
		add(facts, "Acknowledge by", time(incident.acknowledgeDue()));
		add(facts, "Resolve by", time(incident.resolveDue()));
		return facts;
	}

	/** The signed acknowledge link, or null when there is nothing to acknowledge. */
	String acknowledgeLink(Message message) {
		return (message.links() != null) ? message.links().acknowledge() : null;
	}

	/** The signed open link; the plain incident page when the message has no links. */
	String openLink(Message message) {
		if (message.links() != null && message.links().open() != null) {
			return message.links().open();
		}
		return (message.incident() != null) ? message.incident().url() : null;
	}

	Colour colour(Message message) {
		return (message.incident() != null) ? Colour.of(message.incident().priority()) : Colour.NEUTRAL;
	}

	private static void add(List<Fact> facts, String label, String value) {
		if (value != null && !value.isBlank()) {
			facts.add(new Fact(label, value));
		}
	}

	/** One labelled value, such as Priority: P1. */
	record Fact(String label, String value) {
	}

}
