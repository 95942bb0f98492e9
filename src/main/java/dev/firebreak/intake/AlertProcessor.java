package dev.firebreak.intake;

import dev.firebreak.incident.AlertDetails;
import dev.firebreak.incident.AlertOutcome;
import dev.firebreak.incident.IncidentService;

import org.springframework.stereotype.Component;

/** What one stored alert does to incidents. */
@Component
class AlertProcessor {

	private final IncidentService incidents;

	private final IntakeProperties properties;

	AlertProcessor(IncidentService incidents, IntakeProperties properties) {
		this.incidents = incidents;
		this.properties = properties;
	}

	AlertOutcome apply(StoredAlert stored, Integration integration) {
		InboundAlert alert = stored.alert();
		return switch (alert.action()) {
			case TRIGGER -> incidents.openOrRepeat(
					new AlertDetails(integration.id(), alert.dedupKey(), alert.title(), alert.description(),
							alert.severity(), alert.impact(), alert.service(),
							alert.team() != null ? alert.team() : integration.defaultTeam(),
							integration.defaultService(), stored.receivedAt()),
					properties.repeatWindow(), integration.actor());
			case ACKNOWLEDGE -> incidents.acknowledgeAlert(integration.id(), alert.dedupKey(), integration.actor());
			case RESOLVE ->
				incidents.recoverAlert(integration.id(), alert.dedupKey(), integration.name(), integration.actor());
		};
	}

}
