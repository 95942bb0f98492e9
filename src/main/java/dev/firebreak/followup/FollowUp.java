package dev.firebreak.followup;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A follow-up action of an incident.
 *
 * @param required whether the incident's RCA stays incomplete until it is settled
 * @param riskReason why a manager accepted the risk of not doing it
 * @param closedBy who set it done or accepted the risk; null while it is not settled
 * @param escalatedAt when its team's managers were told it is overdue (once)
 */
public record FollowUp(long id, long incidentId, String incidentNumber, String title, String owner, String team,
		LocalDate dueDate, String ticketUrl, boolean required, FollowUpStatus status, String riskReason,
		String createdBy, Instant createdAt, String updatedBy, Instant updatedAt, String closedBy, Instant closedAt,
		Instant escalatedAt) {

	/** Past its due date on {@code today} and not settled. */
	public boolean overdueOn(LocalDate today) {
		return !status.settled() && dueDate.isBefore(today);
	}

}
