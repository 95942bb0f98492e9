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
	NOTIFICATION_FAILED

}
