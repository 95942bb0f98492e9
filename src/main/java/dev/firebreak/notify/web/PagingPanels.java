package dev.firebreak.notify.web;

import dev.firebreak.notify.OnCall;
import dev.firebreak.notify.PagingStatus;
import dev.firebreak.security.Actor;
import dev.firebreak.web.PagePanel;
import dev.firebreak.web.PagePanel.Panel;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * What paging adds to other features' pages: who was paged on an incident's page, who is
 * on call on My work and the dashboard, and the incidents that paged nobody.
 */
@Configuration(proxyBeanMethods = false)
class PagingPanels {

	@Bean
	PagePanel incidentPagingPanel(IncidentPaging paging) {
		return PagePanel.of(PagePanel.INCIDENT,
				(number, reader) -> new Panel("notify/paging", "incident-paging", paging.ofIncident(number)));
	}

	@Bean
	PagePanel myTeamsOnCall(OnCall onCall) {
		return PagePanel.of(PagePanel.WORK, (subject, reader) -> new Panel("notify/panels", "on-call",
				Actor.of(reader).teams().stream().sorted().flatMap(team -> onCall.now(team).stream()).toList()));
	}

	@Bean
	@Order(1)
	PagePanel nobodyPaged(PagingStatus paging) {
		return PagePanel.of(PagePanel.DASHBOARD,
				(subject, reader) -> new Panel("notify/panels", "unpaged", paging.nobodyPaged()));
	}

	@Bean
	@Order(2)
	PagePanel everyTeamOnCall(OnCall onCall) {
		return PagePanel.of(PagePanel.DASHBOARD,
				(subject, reader) -> new Panel("notify/panels", "on-call", onCall.everyTeamNow()));
	}

}
