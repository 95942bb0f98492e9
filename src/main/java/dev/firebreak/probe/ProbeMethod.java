package dev.firebreak.probe;

/**
 * The HTTP methods a probe may send. GET and HEAD never change anything; the others are
 * for endpoints that only answer them (a search API that takes POST), with the body the
 * admin gives.
 */
public enum ProbeMethod {

	GET, HEAD, POST, PUT, PATCH, OPTIONS;

	/** Whether a request of this method carries the probe's body. */
	boolean sendsBody() {
		return this == POST || this == PUT || this == PATCH;
	}

}
