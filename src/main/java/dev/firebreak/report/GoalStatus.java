package dev.firebreak.report;

/** Where a goal stands at the end of a reviewed period. */
public enum GoalStatus {

	/** The period's value reaches the target. */
	ACHIEVED,
	/** Not reached, and its deadline is over by the end of the period. */
	MISSED,
	/**
	 * Not reached yet, but it has come at least as far from the baseline toward the
	 * target as the share of the time from setting the goal to its deadline that has
	 * passed.
	 */
	ON_TRACK,
	/** Not reached, and less far along than the time passed. */
	BEHIND,
	/** The period has no value for the metric (no incident resolved, no sample). */
	NO_DATA

}
