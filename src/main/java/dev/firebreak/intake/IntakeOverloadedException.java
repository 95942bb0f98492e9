package dev.firebreak.intake;

import java.time.Duration;

import dev.firebreak.failure.Unavailable;

/** Too much is waiting to be processed: senders should come back later. */
class IntakeOverloadedException extends Unavailable {

	IntakeOverloadedException(Duration retryAfter) {
		super(Kind.OVERLOADED, "Too many alerts are waiting to be processed; retry later.", retryAfter);
	}

}
