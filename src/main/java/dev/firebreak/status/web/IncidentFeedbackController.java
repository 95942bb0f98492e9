package dev.firebreak.status.web;

import dev.firebreak.security.Actor;
import dev.firebreak.status.IncidentFeedback;
import dev.firebreak.web.PagePanel;
import dev.firebreak.web.PagePanel.Panel;

import org.springframework.context.annotation.Bean;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The status page survey's answers on an incident, inside Firebreak: the JSON API and a
 * section of the incident page (through {@link PagePanel}), for whoever may see the
 * incident.
 */
@RestController
class IncidentFeedbackController {

	private final IncidentFeedback feedback;

	IncidentFeedbackController(IncidentFeedback feedback) {
		this.feedback = feedback;
	}

	@GetMapping("/api/v1/incidents/{number}/feedback")
	IncidentFeedback.Summary feedback(@PathVariable("number") String number, Authentication authentication) {
		return feedback.of(number, Actor.of(authentication));
	}

	/**
	 * Read only once the incident page has let the reader see the incident; nothing shows
	 * before the first answer.
	 */
	@Bean
	static PagePanel incidentFeedbackPanel(IncidentFeedback feedback) {
		return PagePanel.of(PagePanel.INCIDENT, (number, reader) -> {
			IncidentFeedback.Summary summary = feedback.of(number, Actor.of(reader));
			return summary.answers() == 0 ? null : new Panel("status/incident-panels", "incident-feedback", summary);
		});
	}

}
