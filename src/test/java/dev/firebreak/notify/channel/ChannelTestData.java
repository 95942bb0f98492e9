package dev.firebreak.notify.channel;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import dev.firebreak.notify.NotifyProperties;
import dev.firebreak.notify.channel.Message.IncidentFacts;
import dev.firebreak.notify.channel.Message.Links;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * Test data for the channels, one factory per kind of notification: the same P1 incident
 * paged, breaching its SLA, a test and a report.
 */
final class ChannelTestData {

	static final Instant SENT_AT = Instant.parse("2026-12-04T16:13:05Z");

	static final String ACKNOWLEDGE = "https://firebreak.example/a/ack-token-1";

	static final String OPEN = "https://firebreak.example/a/open-token-1";

	private ChannelTestData() {
	}

	/** The settings as Spring binds them: the defaults, but for these. */
	static NotifyProperties properties(Duration httpTimeout) {
		Map<String, String> settings = Map.of("firebreak.notify.base-url", "https://firebreak.example",
				"firebreak.notify.mail-from", "firebreak@example.com", "firebreak.notify.http-timeout",
				httpTimeout.toMillis() + "ms", "firebreak.notify.worker-enabled", "false");
		return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("firebreak.notify",
				NotifyProperties.class);
	}

	static IncidentFacts incident() {
		return new IncidentFacts("INC-000042", "Checkout returns 500", "P1", "CRITICAL", "DIAGNOSING", "checkout",
				"payments", Instant.parse("2026-12-04T16:12:00Z"), Instant.parse("2026-12-04T16:30:00Z"),
				Instant.parse("2026-12-04T20:12:00Z"), "https://firebreak.example/incidents/INC-000042");
	}

	static Message page() {
		return new Message(Purpose.PAGE, "INC-000042 paged: Checkout returns 500",
				"You are on call for payments (level 1 of Payments escalation).", incident(), "Alice Example", null,
				new Links(ACKNOWLEDGE, OPEN));
	}

	static Message slaBreach() {
		return new Message(Purpose.SLA_BREACH, "INC-000042 missed its acknowledge deadline",
				"Nobody acknowledged INC-000042 within 18 minutes.", incident(), "Mona Manager", null,
				new Links(null, OPEN));
	}

	static Message test() {
		return new Message(Purpose.TEST, "Firebreak test notification", "You asked for a test of this contact method.",
				null, "Alice Example", "If you can read this, pages will reach you here.", null);
	}

	static Message report() {
		return new Message(Purpose.REPORT, "Daily performance report, 2026-12-03",
				"You subscribe to payments' reports.", null, "Mona Manager",
				"12 incidents opened, 11 resolved; MTTA 4 min, MTTR 52 min.", null);
	}

	static Delivery delivery(long id, ChannelKind kind, String address, String secret, Message message) {
		return new Delivery(id, new Destination(kind, address, secret), message, null, SENT_AT);
	}

}
