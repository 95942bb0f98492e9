package dev.firebreak.suppression.web;

import java.util.List;
import java.util.Map;

import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.suppression.IncidentAlertLabels;
import dev.firebreak.suppression.SilenceView;
import dev.firebreak.suppression.Silences;
import dev.firebreak.web.PagePanel;
import dev.firebreak.web.PagePanel.Panel;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * What suppression adds to the incident page: for an incident monitoring raised, the
 * alert's labels, the silences that match it now, and a button that opens a silence
 * pre-filled with those labels. Shown to those who may create that silence.
 */
@Configuration(proxyBeanMethods = false)
class SuppressionPanels {

	/** The panel's model. */
	record AlertSilencing(String incident, Map<String, String> labels, List<SilenceView> silences) {
	}

	@Bean
	@Order(10)
	PagePanel incidentSilencing(IncidentService incidents, IncidentAlertLabels labels, Silences silences) {
		return PagePanel.of(PagePanel.INCIDENT, (number, reader) -> {
			Incident incident = incidents.get(number);
			if (incident.integrationId() == null || !silences.maySilence(incident, reader)) {
				return null;
			}
			Map<String, String> alertLabels = labels.of(incident.integrationId(), incident.dedupKey());
			if (alertLabels.isEmpty()) {
				return null;
			}
			return new Panel("suppression/panels", "incident-silencing",
					new AlertSilencing(incident.number(), alertLabels, silences.matching(alertLabels)));
		});
	}

}
