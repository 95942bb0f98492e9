package dev.firebreak.workflow;

import java.time.Instant;

import dev.firebreak.incident.Stage;

/**
 * A human task entered a team's queue. Published inside the engine's transaction.
 *
 * @param assignee the incident's owner, for whom the engine claimed it, or null
 */
public record WorkTaskCreated(String taskId, long incidentId, Stage stage, String team, String assignee,
		Instant createdAt) {
}
