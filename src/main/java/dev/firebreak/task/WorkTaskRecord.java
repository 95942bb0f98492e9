package dev.firebreak.task;

import java.time.Instant;

import dev.firebreak.incident.Stage;

/** Our lasting record of one human task: created, claimed, completed (or cancelled). */
record WorkTaskRecord(String taskId, long incidentId, Stage stage, String team, Instant createdAt, String claimedBy,
		Instant claimedAt, String completedBy, Instant completedAt, Instant endedAt) {

	boolean isOpen() {
		return completedAt == null && endedAt == null;
	}

}
