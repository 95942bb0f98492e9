package dev.firebreak.task;

import java.time.Instant;

import dev.firebreak.incident.Stage;

/**
 * Our lasting record of one human task: created, claimed, completed (or cancelled).
 *
 * @param endedAt when the route ended the task without anyone completing it
 * @param outcome what completing it decided (a diagnosis outcome, PASSED or FAILED), if
 * anything
 * @param givenTo the added responder from elsewhere the owning team gave it to, or null
 */
public record WorkTaskRecord(String taskId, long incidentId, Stage stage, String team, Instant createdAt,
		String claimedBy, Instant claimedAt, String completedBy, Instant completedAt, Instant endedAt, String outcome,
		String givenTo) {

	public WorkTaskRecord(String taskId, long incidentId, Stage stage, String team, Instant createdAt, String claimedBy,
			Instant claimedAt, String completedBy, Instant completedAt, Instant endedAt, String outcome) {
		this(taskId, incidentId, stage, team, createdAt, claimedBy, claimedAt, completedBy, completedAt, endedAt,
				outcome, null);
	}

	boolean isOpen() {
		return completedAt == null && endedAt == null;
	}

}
