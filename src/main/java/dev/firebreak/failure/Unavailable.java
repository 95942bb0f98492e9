package dev.firebreak.failure;

import java.time.Duration;
import java.util.Optional;

/**
 * Not now: something we depend on is away ({@link Kind#UNAVAILABLE}), or too much work is
 * waiting ({@link Kind#OVERLOADED}). Nothing was done, and the caller should come back
 * after {@link #retryAfter()}.
 */
public class Unavailable extends Failure {

	private final Duration retryAfter;

	public Unavailable(String detail, Duration retryAfter, Throwable cause) {
		this(Kind.UNAVAILABLE, detail, retryAfter);
		initCause(cause);
	}

	/**
	 * @param kind {@link Kind#UNAVAILABLE} or {@link Kind#OVERLOADED}
	 */
	protected Unavailable(Kind kind, String detail, Duration retryAfter) {
		super(kind, null, detail);
		if (kind != Kind.UNAVAILABLE && kind != Kind.OVERLOADED) {
			throw new IllegalArgumentException("Not a passing failure: " + kind);
		}
		this.retryAfter = retryAfter;
	}

	@Override
	public Optional<Duration> retryAfter() {
		return Optional.of(retryAfter);
	}

}
