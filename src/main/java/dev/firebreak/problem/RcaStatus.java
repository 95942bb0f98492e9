package dev.firebreak.problem;

import java.util.Collection;

import dev.firebreak.incident.RootCauseAnalysis;

/** Where root-cause analysis stands for a whole problem, derived from its incidents. */
enum RcaStatus {

	/** None of its incidents required an analysis, and none recorded one. */
	NONE,
	/**
	 * At least one of its incidents requires an analysis that is still ahead (by
	 * priority, the recurrence rule or a manager's request; false alarms and cancelled
	 * incidents never count).
	 */
	REQUIRED,
	/** A root cause was recorded on one of its incidents, and no analysis is pending. */
	DONE;

	static RcaStatus of(Collection<RootCauseAnalysis> incidents) {
		if (incidents.contains(RootCauseAnalysis.PENDING)) {
			return REQUIRED;
		}
		return incidents.contains(RootCauseAnalysis.RECORDED) ? DONE : NONE;
	}

}
