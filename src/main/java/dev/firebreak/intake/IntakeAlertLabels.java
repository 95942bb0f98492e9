package dev.firebreak.intake;

import java.util.Map;
import java.util.Optional;

import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.suppression.IncidentAlertLabels;

import org.springframework.stereotype.Component;

/**
 * Gives suppression the labels of an incident's alert, read from the inbox the same way
 * the worker reads them when it asks about the alert, so that a silence pre-filled from
 * an incident matches that alert's repeats.
 */
@Component
class IntakeAlertLabels implements IncidentAlertLabels {

	private final AlertInbox inbox;

	private final IntegrationRepository integrations;

	private final ServiceCatalogue catalogue;

	IntakeAlertLabels(AlertInbox inbox, IntegrationRepository integrations, ServiceCatalogue catalogue) {
		this.inbox = inbox;
		this.integrations = integrations;
		this.catalogue = catalogue;
	}

	@Override
	public Map<String, String> of(long integrationId, String dedupKey) {
		Optional<Integration> integration = integrations.findById(integrationId);
		if (integration.isEmpty()) {
			return Map.of();
		}
		return inbox.latestTrigger(integrationId, dedupKey)
			.map(alert -> AlertLabels.of(alert, integration.get(),
					AlertLabels.serviceOf(alert, integration.get(), catalogue)))
			.orElse(Map.of());
	}

}
