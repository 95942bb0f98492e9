package dev.firebreak.followup;

/**
 * Follow-up actions over a period {@code [from, to)}, for the reports.
 *
 * @param created actions added in the period
 * @param done actions set done in the period
 * @param riskAccepted actions whose risk a manager accepted in the period
 * @param open actions not settled at the end of the period
 * @param overdue of those, the ones past their due date then
 */
public record FollowUpFigures(long created, long done, long riskAccepted, long open, long overdue) {
}
