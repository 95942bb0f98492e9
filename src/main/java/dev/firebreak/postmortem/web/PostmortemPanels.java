package dev.firebreak.postmortem.web;

import dev.firebreak.web.PagePanel;
import dev.firebreak.web.PagePanel.Panel;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * The incident page's way to its postmortem. Only a link: the postmortem is built from
 * the whole record when it is opened, too much work for every view of the incident.
 */
@Configuration(proxyBeanMethods = false)
class PostmortemPanels {

	@Bean
	@Order(11)
	static PagePanel incidentPostmortemPanel() {
		return PagePanel.of(PagePanel.INCIDENT,
				(number, reader) -> new Panel("postmortem/panels", "incident-postmortem", number));
	}

}
