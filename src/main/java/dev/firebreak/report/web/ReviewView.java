package dev.firebreak.report.web;

import java.util.List;

import dev.firebreak.report.GoalMetric;
import dev.firebreak.report.Review;
import dev.firebreak.report.ReviewPeriod;

/**
 * A review as its page shows it: the SLA report's view of the period, each service
 * against its baseline, the findings and the goals, figures formatted.
 */
record ReviewView(Review review, String noun, SlaReportView sla, List<ServiceRow> services,
		List<Review.Finding> findings, List<GoalRow> goals) {

	static ReviewView of(Review review) {
		List<ServiceRow> services = review.services()
			.stream()
			.filter(s -> s.opened() > 0 || s.baselineOpened() > 0 || s.breaches() > 0)
			.map(s -> new ServiceRow(s.service(), s.team(), s.opened(), FigureRow.decimal(s.baselineOpened()),
					FigureRow.duration(s.mttrSeconds()), FigureRow.duration(s.baselineMttrSeconds()), s.breaches(),
					FigureRow.decimal(s.baselineBreaches()), FigureRow.percent(s.resolveCompliancePercent())))
			.toList();
		List<GoalRow> goals = review.goals()
			.stream()
			.map(g -> new GoalRow(g.goal().id(), g.goal().sentence(), g.goal().service(),
					value(g.goal().metric(), g.baseline()), value(g.goal().metric(), g.current()),
					value(g.goal().metric(), g.target()), g.goal().deadline().toString(), g.status().name(),
					words(g.status().name())))
			.toList();
		return new ReviewView(review, ReviewPeriod.Cadence.valueOf(review.cadence()).noun(),
				SlaReportView.of(review.sla()), services, review.findings(), goals);
	}

	static String value(GoalMetric metric, Double value) {
		if (value == null) {
			return "—";
		}
		return FigureRow.decimal(value) + (metric.unit().isEmpty() ? "" : " " + metric.unit());
	}

	static String words(String status) {
		return switch (status) {
			case "ACHIEVED" -> "Achieved";
			case "MISSED" -> "Missed";
			case "ON_TRACK" -> "On track";
			case "BEHIND" -> "Behind";
			default -> "No data";
		};
	}

	record ServiceRow(String service, String team, long opened, String baselineOpened, String mttr, String baselineMttr,
			long breaches, String baselineBreaches, String resolveCompliance) {
	}

	record GoalRow(long id, String goal, String service, String baseline, String current, String target,
			String deadline, String status, String statusWords) {
	}

}
