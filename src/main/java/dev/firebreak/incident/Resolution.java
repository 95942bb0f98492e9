package dev.firebreak.incident;

/** How an incident ended. */
public enum Resolution {

	FALSE_ALARM, FIXED_BY_OPERATIONS, FIXED_BY_HOTFIX, DUPLICATE

}
