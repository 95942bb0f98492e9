package dev.firebreak.followup;

/**
 * A follow-up action as a person creates or changes it, as the API and the form send it.
 * Text values are read by {@link FollowUps}, which names every bad field at once.
 *
 * @param team the team that owns it; empty: the incident's team
 * @param dueDate an ISO date, {@code 2026-12-24}
 * @param required empty: true
 * @param status one of {@link FollowUpStatus}; empty: unchanged ({@code OPEN} when new)
 * @param riskReason why the risk is accepted; needed with {@code RISK_ACCEPTED}
 */
public record FollowUpRequest(String title, String owner, String team, String dueDate, String ticketUrl,
		Boolean required, String status, String riskReason) {
}
