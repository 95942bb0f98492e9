package dev.firebreak.incident;

/**
 * What an alert did.
 *
 * @param incidentNumber the incident it opened or touched, or null when it was ignored
 */
public record AlertOutcome(Kind kind, String incidentNumber) {

	public enum Kind {

		/** A new incident was opened. */
		OPENED,
		/** It repeated the open incident's alert: only the occurrence count moved. */
		REPEATED,
		/** Recovery or acknowledgement was passed to the open incident. */
		UPDATED,
		/** Nothing is open for this key (acknowledge or resolve after the fact). */
		IGNORED

	}

}
