package dev.firebreak.intake;

import java.time.Duration;

/**
 * Too much is waiting to be processed: senders should come back later (429 +
 * Retry-After).
 */
class IntakeOverloadedException extends RuntimeException {

	private final Duration retryAfter;

	IntakeOverloadedException(Duration retryAfter) {
		super("Too many alerts are waiting to be processed; retry later.");
		this.retryAfter = retryAfter;
	}

	Duration retryAfter() {
		return retryAfter;
	}

}
