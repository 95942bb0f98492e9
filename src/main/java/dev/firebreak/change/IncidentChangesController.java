package dev.firebreak.change;

import dev.firebreak.security.Actor;
import dev.firebreak.web.PagePanel;
import dev.firebreak.web.PagePanel.Panel;

import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The changes before an incident: the JSON API and a section of the incident page
 * (through {@link PagePanel}), for whoever may see the incident.
 */
@RestController
class IncidentChangesController {

	private final IncidentChanges changes;

	IncidentChangesController(IncidentChanges changes) {
		this.changes = changes;
	}

	@GetMapping("/api/v1/incidents/{number}/changes")
	IncidentChanges.Recent changes(@PathVariable("number") String number, Authentication authentication) {
		return changes.of(number, Actor.of(authentication));
	}

	/**
	 * Read only once the incident page has let the reader see the incident; nothing shows
	 * when no change came before it.
	 */
	@Bean
	@Order(5)
	static PagePanel incidentChangesPanel(IncidentChanges changes) {
		return PagePanel.of(PagePanel.INCIDENT, (number, reader) -> {
			IncidentChanges.Recent recent = changes.of(number, Actor.of(reader));
			return recent.changes().isEmpty() ? null : new Panel("change/panels", "incident-changes", recent);
		});
	}

}
