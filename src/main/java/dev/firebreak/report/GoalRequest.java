package dev.firebreak.report;

/**
 * A new improvement goal as the API and the form send it; {@link Goals} names every bad
 * field at once.
 *
 * @param metric one of {@link GoalMetric}
 * @param service a service of the catalogue
 * @param target the value to reach; give this or {@code changePercent}
 * @param changePercent the change from the baseline to reach, −20 for 20 % lower
 * @param deadline an ISO date after today
 */
public record GoalRequest(String metric, String service, Double target, Double changePercent, String deadline) {
}
