package dev.firebreak.notify.paging;

import java.time.Instant;

/**
 * An incident's place on its escalation policy.
 *
 * @param policyName kept as it was when the climb started (a policy may be renamed or
 * deleted since)
 * @param step steps taken on the policy (the level is {@code step mod levels})
 * @param levelSeen the incident's escalation level this row last acted on, so that an
 * event handled twice pages once
 * @param nextStepAt when the next level is due; null when none is
 */
public record Escalation(long incidentId, Long policyId, String policyName, String team, EscalationState state,
		int step, int levelSeen, Instant nextStepAt, Instant startedAt, Instant updatedAt) {
}
