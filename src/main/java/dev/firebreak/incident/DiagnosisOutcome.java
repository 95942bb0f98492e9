package dev.firebreak.incident;

/** What diagnosis concluded; decides the next step of the route. */
public enum DiagnosisOutcome {

	/** Nothing is wrong: close with no action. */
	FALSE_ALARM,
	/** A code or configuration change must be shipped: hotfix. */
	NEEDS_FIX,
	/** Operations already fixed it (restart, configuration): verify. */
	FIXED_BY_OPERATIONS

}
