package dev.firebreak.incident;

/** Where an incident's root-cause analysis stands. */
public enum RootCauseAnalysis {

	/** Not required, or it never will be done: a false alarm, a cancelled incident. */
	NONE,
	/** Required and still ahead: the route will ask for it before closing. */
	PENDING,
	/** A root cause was recorded. */
	RECORDED

}
