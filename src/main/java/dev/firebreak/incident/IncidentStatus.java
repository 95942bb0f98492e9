package dev.firebreak.incident;

/** Where the incident stands for its stakeholders. */
public enum IncidentStatus {

	/** Detected, nobody has taken it yet. */
	OPEN,
	/** Someone took the diagnosis. */
	ACKNOWLEDGED,
	/** A fix or workaround is in place but not yet verified. */
	MITIGATED,
	/** Verified as fixed; follow-up (root-cause analysis) may still be due. */
	RESOLVED,
	/** Nothing left to do. */
	CLOSED,
	/** Closed without work because it duplicates another incident. */
	CANCELLED;

	public boolean isTerminal() {
		return this == CLOSED || this == CANCELLED;
	}

}
