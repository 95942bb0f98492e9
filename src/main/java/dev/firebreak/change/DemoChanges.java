package dev.firebreak.change;

import java.time.Clock;
import java.time.Instant;

import dev.firebreak.incident.Impact;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.NewIncident;
import dev.firebreak.incident.Severity;
import dev.firebreak.intake.Integration;
import dev.firebreak.intake.IntegrationType;
import dev.firebreak.intake.Integrations;
import dev.firebreak.intake.NewIntegration;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The demo profile's changes: a deploy pipeline and a feature-flag tool report changes to
 * the demo service {@code website}, and an incident on it is opened 12 minutes after the
 * last deployment, so that a newcomer sees a change linked to an incident. Made once (the
 * demo keeps its H2 file across restarts), after start-up, when the demo services exist
 * and the route can start.
 */
@Component
@Profile("demo")
class DemoChanges {

	static final String SERVICE = "website";

	private final ChangeRepository changes;

	private final ChangeEvents events;

	private final Integrations integrations;

	private final IncidentService incidents;

	private final Clock clock;

	DemoChanges(ChangeRepository changes, ChangeEvents events, Integrations integrations, IncidentService incidents,
			Clock clock) {
		this.changes = changes;
		this.events = events;
		this.integrations = integrations;
		this.incidents = incidents;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void record() {
		if (changes.any()) {
			return;
		}
		Instant now = clock.instant();
		Integration pipeline = integration("Demo deploy pipeline", IntegrationType.DEPLOYMENT);
		Integration flags = integration("Demo feature flags", IntegrationType.PAGERDUTY);
		events.record(pipeline,
				new InboundChange(ChangeFormat.DEPLOYMENT, "demo-website-3.7.2", SERVICE, "Version 3.7.2: Footer links",
						"release-bot", "3.7.2", "release-bot", null, null, null, now.minusSeconds(2 * 86_400)));
		events.record(flags,
				new InboundChange(ChangeFormat.PAGERDUTY, "demo-flag-lazy-images", SERVICE,
						"Feature flag lazy-images on for everyone", "flagd", null, null, null, null, null,
						now.minusSeconds(2 * 3600)));
		events.record(pipeline,
				new InboundChange(ChangeFormat.DEPLOYMENT, "demo-website-3.8.0", SERVICE,
						"Version 3.8.0: New image pipeline for product photos", "release-bot", "3.8.0", "release-bot",
						null, null, null, now.minusSeconds(12 * 60)));
		incidents.report(
				new NewIncident("Product photos are missing on the website",
						"Customers report empty image frames on product pages.", SERVICE, Severity.HIGH, Impact.MEDIUM),
				"bob");
	}

	private Integration integration(String name, IntegrationType type) {
		return integrations.create(new NewIntegration(name, type, SERVICE, null, null, null, null, null), "demo")
			.integration();
	}

}
