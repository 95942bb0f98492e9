package dev.firebreak.problem;

/** What a problem fingerprint is made of. */
enum KeyKind {

	/** {@code integration:<integration id>:<dedup key>}: monitoring's own identity. */
	DEDUP_KEY,
	/**
	 * {@code service:<service>:<normalised title>}: for reports, and for alerts whose
	 * keys change.
	 */
	SERVICE_TITLE

}
