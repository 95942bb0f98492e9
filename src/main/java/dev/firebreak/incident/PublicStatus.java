package dev.firebreak.incident;

/**
 * Where an incident stands as the public is told, in the words status pages use; set by
 * each public update, apart from the incident's internal status.
 */
public enum PublicStatus {

	/** Something is wrong and people are looking into it. */
	INVESTIGATING,
	/** The cause is known and a fix is being worked on. */
	IDENTIFIED,
	/** A fix is in place and being watched. */
	MONITORING,
	/** It is over. */
	RESOLVED

}
