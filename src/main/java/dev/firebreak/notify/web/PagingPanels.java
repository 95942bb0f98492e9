package dev.firebreak.notify.web;

import java.util.List;

import dev.firebreak.notify.OnCall;
import dev.firebreak.notify.PagingStatus;
import dev.firebreak.notify.schedule.Schedules;
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

	/**
	 * Before a person is disabled: the on-call schedules they take turns on. Paging skips
	 * a disabled person, so during their turns those schedules page nobody until the
	 * schedule is changed or an override covers them.
	 */
	@Bean
	PagePanel schedulesOfADisabledPerson(Schedules schedules) {
		return PagePanel.of(PagePanel.DISABLE_PERSON, (username, reader) -> {
			List<String> names = schedules.list(null)
				.stream()
				.filter(schedule -> schedule.layers()
					.stream()
					.anyMatch(layer -> layer.participants().contains(username)))
				.map(schedule -> schedule.name() + " (" + schedule.team() + ")")
				.toList();
			if (names.isEmpty()) {
				return PagePanel.consequences(List.of());
			}
			return PagePanel.consequences(List.of((names.size() == 1 ? "They take turns on 1 on-call schedule, "
					: "They take turns on " + names.size() + " on-call schedules, ") + String.join(", ", names)
					+ ": during their turns it pages nobody until the schedule is changed or an override covers them."));
		});
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
