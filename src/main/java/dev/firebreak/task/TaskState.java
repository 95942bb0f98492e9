package dev.firebreak.task;

import java.time.Instant;

/**
 * A task as its page shows it: open or done, and what the person looking may do with it.
 *
 * @param mayClaim nobody holds it, and this person is a responder of its team or a
 * manager
 * @param mayComplete whoever claimed it, or a manager (who takes it over)
 * @param mayRelease whoever claimed it, or a manager, while someone holds it
 * @param takeOver whether completing it now takes it over from someone else (a manager
 * only)
 * @param mayTakeOver someone else holds it, and this person may work it: they may take it
 * over (and with it the incident)
 */
public record TaskState(TaskView task, boolean open, String completedBy, Instant completedAt, Instant cancelledAt,
		boolean mayClaim, boolean mayComplete, boolean mayRelease, boolean takeOver, boolean mayTakeOver) {
}
