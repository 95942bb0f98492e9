package dev.firebreak.notify.delivery;

/** Where a notification stands in the outbox. */
public enum NotificationStatus {

	/** Waiting to be sent (or to be tried again). */
	PENDING,
	/** Handed to its channel. */
	SENT,
	/** Given up on: the receiver refused it, or kept failing past the give-up time. */
	FAILED,
	/**
	 * Not needed any more (the incident was acknowledged or closed before it was due).
	 */
	CANCELLED

}
