package dev.firebreak.notify.channel;

/**
 * A channel could not hand a notification over.
 * <p>
 * Transient failures (connection refused, timeouts, 5xx, 429, a 4xx SMTP reply) are tried
 * again with backoff; permanent ones (the receiver says the address or webhook does not
 * exist or refuses us: most 4xx, a 5xx SMTP reply) are given up on at once, and the
 * destination is shown to admins as failing.
 */
public class DeliveryFailure extends Exception {

	private final boolean permanent;

	public DeliveryFailure(String message, boolean permanent, Throwable cause) {
		super(message, cause);
		this.permanent = permanent;
	}

	public static DeliveryFailure transientFailure(String message, Throwable cause) {
		return new DeliveryFailure(message, false, cause);
	}

	public static DeliveryFailure permanentFailure(String message, Throwable cause) {
		return new DeliveryFailure(message, true, cause);
	}

	public boolean permanent() {
		return permanent;
	}

}
