package dev.firebreak.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.firebreak.followup.FollowUpFigures;
import dev.firebreak.report.ReportAudience.TeamRow;

/**
 * The daily performance report, after the Monitoring / Evaluation / Learning framework.
 * Stored as JSON when generated; durations are in seconds, shares in per cent.
 *
 * @param zone the zone whose calendar day {@code date} is; {@code [from, to)} is that day
 * @param generatedBy {@code scheduler}, or who asked for it first or regenerated it
 * @param teams the teams this view is limited to; null for the whole organisation
 */
public record DailyReport(LocalDate date, String zone, Instant from, Instant to, Instant generatedAt,
		String generatedBy, List<String> teams, Monitoring monitoring, Evaluation evaluation, Learning learning) {

	/** Every service of the catalogue, by name. */
	public record Monitoring(List<ServiceMonitoring> services) {
	}

	/**
	 * Availability from probe samples (null without samples), incidents from the day.
	 *
	 * @param p50ResponseMs the median response time; null in reports stored before it
	 * @param degradedSeconds how long the service's checks found it degraded (slow, or a
	 * certificate near its expiry): each degraded sample counts its probe's interval;
	 * null in reports stored before it
	 * @param maintenance the day's maintenance and the availability during and outside
	 * it; null in reports stored before it
	 */
	public record ServiceMonitoring(String service, String team, int tier, long samples, Double uptimePercent,
			Double meanResponseMs, Integer p95ResponseMs, Double errorRate, long incidentsOpened, Integer p50ResponseMs,
			Long degradedSeconds, MaintenanceTime maintenance) implements TeamRow {
	}

	/**
	 * @param total all services together; left out of a responder's view
	 * @param userFeedback the status page survey's answers given on the day; null in
	 * reports stored before it
	 */
	public record Evaluation(EvaluationFigures total, List<ServiceEvaluation> services, UserFeedback userFeedback) {
	}

	public record ServiceEvaluation(String service, String team, EvaluationFigures figures) implements TeamRow {
	}

	public record EvaluationFigures(Figure incidentsResolved, Figure mttaSeconds, Figure mttrSeconds,
			Figure slaCompliancePercent, Figure ackCompliancePercent, Figure hotfixesDeployed) {
	}

	/**
	 * @param openActionItems the preventive actions of the RCAs completed in the 30 days
	 * ending with the report day
	 * @param openPastSla incidents open at the end of the day and past their resolve due
	 * time
	 * @param followUps the tracked follow-up actions of the day, for the whole
	 * organisation (left out of a responder's view); null in reports stored before them
	 * @param overdueFollowUps follow-up actions open at the end of the day and past their
	 * due date; null in reports stored before them
	 */
	public record Learning(List<RecurringProblem> recurringProblems, List<CompletedRca> rcasCompleted,
			List<ActionItem> openActionItems, List<OverdueIncident> openPastSla, FollowUpFigures followUps,
			List<OverdueFollowUp> overdueFollowUps) {

		public Learning(List<RecurringProblem> recurringProblems, List<CompletedRca> rcasCompleted,
				List<ActionItem> openActionItems, List<OverdueIncident> openPastSla) {
			this(recurringProblems, rcasCompleted, openActionItems, openPastSla, null, null);
		}

	}

	/**
	 * A follow-up action (of the followup feature) past its due date at the end of the
	 * day.
	 */
	public record OverdueFollowUp(String incident, String title, String owner, String team, LocalDate dueDate,
			String status) implements TeamRow {
	}

	/** Incidents of the day that repeat an earlier one, grouped by service and title. */
	public record RecurringProblem(String service, String team, String title, int count,
			List<String> incidents) implements TeamRow {
	}

	public record CompletedRca(String incident, String service, String team, String title, Instant completedAt,
			String completedBy, String rootCauseCategory, String preventiveActions) implements TeamRow {
	}

	public record ActionItem(String incident, String service, String team, Instant rcaCompletedAt,
			String preventiveActions) implements TeamRow {
	}

	/**
	 * @param overdueSeconds from the resolve due time to the end of the report day
	 */
	public record OverdueIncident(String incident, String service, String team, String title, String priority,
			Instant detectedAt, Instant resolveDueAt, double overdueSeconds) implements TeamRow {
	}

	/**
	 * What the audience may see: their teams' rows, and no totals unless they see all.
	 */
	DailyReport visibleTo(ReportAudience audience) {
		if (audience.everything()) {
			return this;
		}
		return new DailyReport(date, zone, from, to, generatedAt, generatedBy, audience.scope(),
				new Monitoring(audience.filter(monitoring.services())),
				new Evaluation(null, audience.filter(evaluation.services()),
						evaluation.userFeedback() == null ? null : evaluation.userFeedback().visibleTo(audience)),
				new Learning(audience.filter(learning.recurringProblems()), audience.filter(learning.rcasCompleted()),
						audience.filter(learning.openActionItems()), audience.filter(learning.openPastSla()), null,
						learning.overdueFollowUps() == null ? null : audience.filter(learning.overdueFollowUps())));
	}

}
