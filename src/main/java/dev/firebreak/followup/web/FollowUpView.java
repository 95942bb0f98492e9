package dev.firebreak.followup.web;

import java.time.Instant;
import java.time.LocalDate;

import dev.firebreak.followup.FollowUp;
import dev.firebreak.followup.FollowUpStatus;

/** A follow-up action as the API and the pages show it, with whether it is overdue. */
record FollowUpView(long id, String incident, String title, String owner, String team, LocalDate dueDate,
		String ticketUrl, boolean required, FollowUpStatus status, boolean overdue, String riskReason, String createdBy,
		Instant createdAt, String updatedBy, Instant updatedAt, String closedBy, Instant closedAt,
		Instant escalatedAt) {

	static FollowUpView of(FollowUp followUp, LocalDate today) {
		return new FollowUpView(followUp.id(), followUp.incidentNumber(), followUp.title(), followUp.owner(),
				followUp.team(), followUp.dueDate(), followUp.ticketUrl(), followUp.required(), followUp.status(),
				followUp.overdueOn(today), followUp.riskReason(), followUp.createdBy(), followUp.createdAt(),
				followUp.updatedBy(), followUp.updatedAt(), followUp.closedBy(), followUp.closedAt(),
				followUp.escalatedAt());
	}

}
