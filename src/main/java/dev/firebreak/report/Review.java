package dev.firebreak.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.firebreak.report.ReportAudience.TeamRow;

/**
 * A weekly, monthly or quarterly review: the period's SLA report (the same structure as
 * the monthly one), each service against its own baseline (the periods before), findings
 * made by fixed rules from those figures, and progress on the improvement goals. Computed
 * when asked, never stored.
 *
 * @param period the label, {@code 2026-W10} or {@code 2026-Q1}
 * @param baseline the labels of the baseline periods, oldest first
 * @param baselineFrom the first instant of the oldest baseline period
 * @param sla the SLA report of the period, cut to the reader's teams like the monthly one
 * @param teams the teams this view is limited to; null for the whole organisation
 */
public record Review(String period, String cadence, String zone, Instant from, Instant to, boolean complete,
		Instant generatedAt, List<String> teams, List<String> baseline, Instant baselineFrom, SlaReport sla,
		List<ServiceReview> services, List<Finding> findings, List<GoalProgress> goals) {

	/**
	 * One service in the period against its baseline. Baseline figures are means per
	 * period (counts) or over all the baseline's incidents (MTTR), null when there is
	 * nothing to measure.
	 *
	 * @param opened incidents detected in the period
	 * @param baselineOpened mean incidents detected per baseline period
	 * @param resolved incidents resolved in the period
	 * @param mttrSeconds mean of (resolved − detected) over those
	 * @param baselineResolved incidents resolved in all baseline periods together
	 * @param breaches SLA clocks (acknowledge and resolve) breached whose due time fell
	 * in the period
	 * @param baselineBreaches mean breaches per baseline period
	 * @param resolveCompliancePercent resolved within the resolve due time, per cent
	 * @param slaUptimePercent from the SLA report, held against
	 * {@code uptimeTargetPercent}
	 */
	public record ServiceReview(String service, String team, long opened, double baselineOpened, long resolved,
			Double mttrSeconds, long baselineResolved, Double baselineMttrSeconds, long breaches,
			double baselineBreaches, Double resolveCompliancePercent, Double slaUptimePercent,
			double uptimeTargetPercent) implements TeamRow {
	}

	/**
	 * A finding of one rule, with the figures it was made from.
	 *
	 * @param rule one of {@link Rule}
	 * @param service the service it is about; null for a team's follow-up actions
	 * @param team the team owning the service (or the actions)
	 * @param text the finding in a sentence that names its figures
	 * @param figures the same figures by name, for a reader or a program to check
	 */
	public record Finding(Rule rule, String service, String team, String text,
			Map<String, Object> figures) implements TeamRow {
	}

	/** The rules, in the order the findings are listed. */
	public enum Rule {

		/**
		 * Incidents of a service bunch on one weekday and time of day, or one time of
		 * day.
		 */
		TIME_PATTERN,
		/** More incidents than the service's baseline. */
		INCIDENT_RATE_UP,
		/** Slower resolution than the service's baseline. */
		MTTR_UP,
		/** Many SLA breaches, or low resolve compliance. */
		BREACHES_OFTEN,
		/** A probe's response time near its threshold and rising. */
		PROBE_NEAR_THRESHOLD,
		/** Follow-up actions past their due date at the end of the period. */
		FOLLOW_UPS_OVERDUE

	}

	/**
	 * An improvement goal and where the period leaves it.
	 *
	 * @param baseline the metric over the 28 days before the goal was set
	 * @param current the metric over the reviewed period
	 * @param status where it stands (see {@link GoalStatus})
	 */
	public record GoalProgress(ImprovementGoal goal, String team, Double baseline, Double current, double target,
			GoalStatus status) implements TeamRow {
	}

}
