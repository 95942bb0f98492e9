package dev.firebreak.followup.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import dev.firebreak.followup.FollowUp;
import dev.firebreak.followup.FollowUpFigures;
import dev.firebreak.followup.FollowUpProperties;
import dev.firebreak.followup.FollowUpQueries;
import dev.firebreak.followup.FollowUps;
import dev.firebreak.followup.RcaCompletion;
import dev.firebreak.security.Actor;
import dev.firebreak.web.PagePanel;
import dev.firebreak.web.PagePanel.Panel;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * The sections follow-up actions add to other features' pages: the incident page (its
 * actions, the RCA's completion, the form to add one), My work (the actions one owns),
 * the dashboard (every overdue action) and the monthly report (the month's figures).
 */
@Configuration(proxyBeanMethods = false)
class FollowUpPanels {

	@Bean
	@Order(10)
	static PagePanel incidentFollowUpsPanel(FollowUps followUps, FollowUpQueries queries) {
		return PagePanel.of(PagePanel.INCIDENT, (number, reader) -> {
			Actor actor = Actor.of(reader);
			LocalDate today = queries.today();
			return new Panel("followup/panels", "incident-follow-ups",
					new IncidentPanel(number,
							followUps.ofIncident(number, actor)
								.stream()
								.map(followUp -> FollowUpView.of(followUp, today))
								.toList(),
							followUps.completion(number, actor), followUps.mayAdd(number, actor), today.plusDays(14)));
		});
	}

	@Bean
	static PagePanel myFollowUpsPanel(FollowUps followUps, FollowUpQueries queries) {
		return PagePanel.of(PagePanel.WORK, (subject, reader) -> {
			LocalDate today = queries.today();
			List<FollowUpView> mine = followUps.ownedBy(Actor.of(reader).username())
				.stream()
				.map(followUp -> FollowUpView.of(followUp, today))
				.toList();
			return new Panel("followup/panels", "my-follow-ups", mine);
		});
	}

	@Bean
	static PagePanel overdueFollowUpsPanel(FollowUps followUps, FollowUpQueries queries) {
		return PagePanel.of(PagePanel.DASHBOARD, (subject, reader) -> {
			LocalDate today = queries.today();
			return new Panel("followup/panels", "overdue-follow-ups",
					followUps.overdueFor(Actor.of(reader))
						.stream()
						.map(followUp -> FollowUpView.of(followUp, today))
						.toList());
		});
	}

	/** The month in the zone of due dates, which defaults to the reports' zone. */
	@Bean
	static PagePanel monthlyFollowUpsPanel(FollowUpQueries queries, FollowUpProperties properties) {
		return PagePanel.of(PagePanel.MONTHLY_REPORT, (month, reader) -> {
			YearMonth chosen = YearMonth.parse(month);
			ZoneId zone = properties.zone();
			FollowUpFigures figures = queries.figures(chosen.atDay(1).atStartOfDay(zone).toInstant(),
					chosen.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
			return new Panel("followup/panels", "monthly-follow-ups", figures);
		});
	}

	/**
	 * @param suggestedDue the due date the add form offers
	 */
	record IncidentPanel(String number, List<FollowUpView> followUps, RcaCompletion rca, boolean mayAdd,
			LocalDate suggestedDue) {
	}

}
