package dev.firebreak.probe;

/**
 * What a probe checks. Every kind shares the schedule, the retries before an alert, the
 * samples and the availability figures; only how one check is made differs.
 */
public enum ProbeKind {

	/** A request to a URL, judged by status, body, and response time. */
	HTTP,
	/** Pushed: a job calls the probe's secret URL; a missed period plus grace is down. */
	HEARTBEAT,
	/** A TCP connection to host:port. */
	TCP,
	/** A TLS handshake with host:port, judged by its certificate's name and expiry. */
	TLS,
	/** A DNS lookup of a record type, optionally expecting a value. */
	DNS,
	/** One SELECT against a configured read-only data source, with an expectation. */
	DATA_INTEGRITY;

	/**
	 * Whether Firebreak runs the check on a schedule (all but heartbeats, which push).
	 */
	boolean polled() {
		return this != HEARTBEAT;
	}

}
