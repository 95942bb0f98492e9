package dev.firebreak.sla.web;

import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.IncidentStatus;
import dev.firebreak.sla.SlaClocks;
import dev.firebreak.sla.SlaPause;
import dev.firebreak.sla.SlaTerms;
import dev.firebreak.sla.Waiting;
import dev.firebreak.web.PagePanel;
import dev.firebreak.web.PagePanel.Panel;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * What {@code sla} adds to the incident page: the policy that measures it, and, for those
 * who may change it, the buttons that start and end a wait.
 */
@Configuration(proxyBeanMethods = false)
class WaitingPanel {

	/** The panel's model; {@code waiting} is the pause that lasts, or null. */
	record Model(String incident, String policy, SlaPause waiting, boolean mayChange, boolean open) {
	}

	@Bean
	@Order(5)
	PagePanel incidentWaiting(IncidentService incidents, SlaClocks clocks, Waiting waiting) {
		return PagePanel.of(PagePanel.INCIDENT, (number, reader) -> {
			Incident incident = incidents.get(number);
			SlaTerms terms = clocks.terms(incident);
			boolean open = incident.status() != IncidentStatus.RESOLVED && !incident.status().isTerminal();
			return new Panel("sla/panels", "incident-waiting",
					new Model(incident.number(), terms.policy() == null ? null : terms.policy().name(),
							terms.openPause(), waiting.mayChange(reader, incident), open));
		});
	}

}
