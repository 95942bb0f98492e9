package dev.firebreak.report;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A manager's improvement goal for one service: reach {@code target} of {@code metric} by
 * {@code deadline}.
 *
 * @param changePercent when the goal was set as a change from the baseline (−20: 20 %
 * lower), that change; null for an absolute target
 * @param target the value to reach; for a change, the baseline changed by it
 * @param baseline the metric over the 28 days before the goal was set; null when there
 * was nothing to measure
 */
public record ImprovementGoal(long id, GoalMetric metric, String service, double target, Double changePercent,
		Double baseline, LocalDate deadline, String createdBy, Instant createdAt) {

	/** "MTTR of checkout at most 30 min by 2027-03-31". */
	public String sentence() {
		String bound = metric.lowerIsBetter() ? "at most" : "at least";
		String value = Numbers.decimal(target) + (metric.unit().isEmpty() ? "" : " " + metric.unit());
		String change = changePercent == null ? "" : " (" + Numbers.decimal(changePercent) + " % from baseline)";
		return metric.words() + " of " + service + " " + bound + " " + value + change + " by " + deadline;
	}

}
