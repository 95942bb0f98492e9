package dev.firebreak.intake;

import java.util.Optional;

import dev.firebreak.incident.AlertDetails;
import dev.firebreak.incident.AlertOutcome;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.suppression.AlertFacts;
import dev.firebreak.suppression.Suppression;
import dev.firebreak.suppression.Suppressions;

import org.springframework.stereotype.Component;

/**
 * What one stored alert does to incidents. A firing alert that a maintenance window or a
 * silence covers opens nothing and repeats nothing (so nobody is paged); suppression
 * records it, and the inbox keeps it with that outcome. Acknowledgements and recoveries
 * are never suppressed: a silence must not hide that an open incident recovered.
 */
@Component
class AlertProcessor {

	private final IncidentService incidents;

	private final ServiceCatalogue catalogue;

	private final Suppressions suppressions;

	private final IntakeProperties properties;

	private final IntakeMetrics metrics;

	AlertProcessor(IncidentService incidents, ServiceCatalogue catalogue, Suppressions suppressions,
			IntakeProperties properties, IntakeMetrics metrics) {
		this.incidents = incidents;
		this.catalogue = catalogue;
		this.suppressions = suppressions;
		this.properties = properties;
		this.metrics = metrics;
	}

	/**
	 * @return what the alert did, as the inbox records it
	 */
	String apply(StoredAlert stored, Integration integration) {
		InboundAlert alert = stored.alert();
		if (alert.action() == AlertAction.TRIGGER) {
			Optional<Suppression> suppressed = suppress(stored, integration);
			if (suppressed.isPresent()) {
				return suppressed.get().outcome();
			}
		}
		AlertOutcome outcome = switch (alert.action()) {
			case TRIGGER -> incidents.openOrRepeat(
					new AlertDetails(integration.id(), alert.dedupKey(), alert.title(), alert.description(),
							alert.severity(), alert.impact(), alert.service(),
							alert.team() != null ? alert.team() : integration.defaultTeam(),
							integration.defaultService(), stored.receivedAt(), searchableLabels(alert, integration)),
					properties.repeatWindow(), integration.actor());
			case ACKNOWLEDGE -> incidents.acknowledgeAlert(integration.id(), alert.dedupKey(), integration.actor());
			case RESOLVE ->
				incidents.recoverAlert(integration.id(), alert.dedupKey(), integration.name(), integration.actor());
		};
		if (outcome.kind() == AlertOutcome.Kind.REPEATED) {
			metrics.deduplicated(integration.type());
		}
		return outcome.kind() + (outcome.incidentNumber() == null ? "" : " " + outcome.incidentNumber());
	}

	/** The labels a silence would match, kept on the incident for search. */
	private String searchableLabels(InboundAlert alert, Integration integration) {
		return AlertLabels
			.text(AlertLabels.of(alert, integration, AlertLabels.serviceOf(alert, integration, catalogue)));
	}

	private Optional<Suppression> suppress(StoredAlert stored, Integration integration) {
		InboundAlert alert = stored.alert();
		String service = AlertLabels.serviceOf(alert, integration, catalogue);
		return suppressions.suppress(new AlertFacts(stored.id(), service, AlertLabels.of(alert, integration, service),
				stored.receivedAt(), alert.title(), integration.name()));
	}

}
