package dev.firebreak.postmortem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An incident's postmortem: generated from the record, with the sections people wrote.
 *
 * @param narrative what people wrote; empty texts until someone writes them
 * @param approvedBy the manager who approved it; null while in draft (a change of the
 * narrative takes the approval back)
 */
public record Postmortem(Facts facts, Narrative narrative, List<Moment> keyMoments, String priorityDecision,
		RootCause rootCause, List<Action> followUps, Sla sla, List<String> notifications, List<Moment> publicUpdates,
		String updatedBy, Instant updatedAt, String approvedBy, Instant approvedAt) {

	@JsonProperty("approved")
	public boolean approved() {
		return approvedBy != null;
	}

	public record Facts(String number, String title, String service, String team, String priority, String severity,
			String impact, String status, Instant detectedAt, Instant acknowledgedAt, Instant resolvedAt,
			Instant closedAt) {
	}

	public record Narrative(String summary, String impact, String wentWell, String wentWrong) {
	}

	public record Moment(Instant at, String actor, String what) {
	}

	/** Null fields when no root cause is recorded. */
	public record RootCause(String category, List<String> fiveWhys, String contributingFactors,
			String preventiveActions, String completion) {
	}

	public record Action(String title, String owner, String team, LocalDate dueDate, String status, String ticketUrl) {
	}

	/**
	 * @param acknowledgeMet null while not acknowledged
	 * @param resolveMet null while not resolved
	 */
	public record Sla(Instant acknowledgeDue, Instant acknowledgedAt, Boolean acknowledgeMet, Instant resolveDue,
			Instant resolvedAt, Boolean resolveMet) {
	}

}
