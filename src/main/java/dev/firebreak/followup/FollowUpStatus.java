package dev.firebreak.followup;

/** Where a follow-up action stands. */
public enum FollowUpStatus {

	OPEN, IN_PROGRESS, DONE,
	/** Not done on purpose: a manager accepted the risk, with a reason. */
	RISK_ACCEPTED;

	/** Done or accepted as risk: it no longer holds an RCA open, and is never overdue. */
	public boolean settled() {
		return this == DONE || this == RISK_ACCEPTED;
	}

}
