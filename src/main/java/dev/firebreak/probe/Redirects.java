package dev.firebreak.probe;

/** Whether an HTTP probe follows redirects (at most five). */
public enum Redirects {

	/** A 3xx answer is judged by the expected statuses like any other. */
	NEVER,
	/** Only to the same scheme, host and port the probe's URL names. */
	SAME_HOST,
	/** Anywhere the target networks allow. */
	ANY

}
