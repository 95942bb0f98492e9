package dev.firebreak.suppression;

/**
 * Why an alert opened nothing: the silence or maintenance window that matched it.
 */
public record Suppression(Kind kind, long id) {

	public enum Kind {

		SILENCE, MAINTENANCE

	}

	/** The alert's outcome as the inbox records it, such as "SILENCED by silence #3". */
	public String outcome() {
		return kind == Kind.SILENCE ? "SILENCED by silence #" + id : "SUPPRESSED by maintenance window #" + id;
	}

}
