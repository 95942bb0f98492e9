package dev.firebreak.incident;

/** How an incident ended. */
public enum Resolution {

	FALSE_ALARM, FIXED_BY_OPERATIONS, FIXED_BY_HOTFIX, DUPLICATE,

	/** Monitoring reported recovery before anyone acted; people verified it. */
	RECOVERED

}
