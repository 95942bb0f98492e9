package dev.firebreak.incident;

/** The kinds of things the timeline records. */
public enum TimelineType {

	REPORTED, PRIORITISED, REASSESSED, STAGE_ENTERED, TASK_CLAIMED, TASK_RELEASED, ACKNOWLEDGED, DIAGNOSED,
	HOTFIX_DEPLOYED, VERIFICATION_PASSED, VERIFICATION_FAILED, RESOLVED, ROOT_CAUSE_RECORDED, CLOSED, ESCALATED,
	SLA_BREACHED, RECOVERY_REPORTED, CANCELLED_AS_DUPLICATE, REASSIGNED, ALERT_REPEATED, ALERT_STALE, RCA_REQUESTED,
	/** Paging: a level of the escalation policy was paged (who, why). */
	PAGED,
	/** Paging: a level, or the whole policy, reached nobody. */
	NOBODY_PAGED,
	/** A notification was handed to its channel (email server, webhook receiver). */
	NOTIFIED,
	/** A notification was given up on after its retries, with the reason. */
	NOTIFICATION_FAILED,
	/**
	 * Someone who may see the incident wrote an internal note (Markdown, in
	 * {@code text}).
	 */
	NOTE_ADDED,
	/**
	 * A responder or manager published a public update: {@code status} (a
	 * {@link PublicStatus}) and {@code message} (Markdown), for the status page and
	 * followers.
	 */
	PUBLIC_UPDATE_PUBLISHED,
	/**
	 * A person or a whole team from elsewhere was added to the incident as responders.
	 */
	RESPONDER_ADDED,
	/** An added person or team was taken off the incident. */
	RESPONDER_REMOVED,
	/** The incident commander was set or handed over ({@code from}, {@code to}). */
	COMMANDER_ASSIGNED,
	/**
	 * The owning team gave an open task to an added responder ({@code to}), or took it
	 * back ({@code to} absent).
	 */
	TASK_GIVEN,
	/**
	 * A person put the incident in the waiting state ({@code reason}: third party or
	 * reporter, {@code note}, {@code pause}): its SLA clocks stand still until it ends.
	 */
	WAITING_STARTED,
	/**
	 * The wait ended ({@code pause}, {@code reason}, {@code waited}): the clocks run
	 * again.
	 */
	WAITING_ENDED,
	/**
	 * The incident got a new owner ({@code to}): handed over by a manager or the owner,
	 * or taken over by someone of the team ({@code from} the previous owner, if any).
	 */
	OWNER_ASSIGNED,
	/**
	 * The route offered a new stage's task ({@code stage}) to the owner ({@code to}),
	 * claimed.
	 */
	TASK_OFFERED

}
