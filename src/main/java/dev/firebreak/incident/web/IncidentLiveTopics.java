package dev.firebreak.incident.web;

import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.security.Actor;
import dev.firebreak.task.VisibleIncidents;
import dev.firebreak.web.LiveTopic;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;

/**
 * What live pages watch: one incident (its page), or every incident (My work, the
 * dashboard, whose lists change with any incident's timeline).
 */
@Configuration(proxyBeanMethods = false)
class IncidentLiveTopics {

	@Bean
	LiveTopic incidentTopic(IncidentService incidents, VisibleIncidents visible) {
		return new LiveTopic() {

			@Override
			public String name() {
				return "incident";
			}

			/** Only for whoever may read the incident, as its page. */
			@Override
			public String version(String number, Authentication reader) {
				Incident incident = visible.require(number, Actor.of(reader));
				return incidents.changeMark(incident.id());
			}

		};
	}

	@Bean
	LiveTopic incidentsTopic(IncidentService incidents) {
		return new LiveTopic() {

			@Override
			public String name() {
				return "incidents";
			}

			@Override
			public String version(String key, Authentication reader) {
				return incidents.changeMark(null);
			}

		};
	}

}
