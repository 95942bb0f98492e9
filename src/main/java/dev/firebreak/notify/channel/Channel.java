package dev.firebreak.notify.channel;

/**
 * Hands a notification to one kind of receiver, in that receiver's wire format. Runs on
 * the notification worker's thread, never on a request thread, with short timeouts.
 */
public interface Channel {

	ChannelKind kind();

	/**
	 * @throws DeliveryFailure when the receiver did not take it; says whether trying
	 * again can help
	 */
	void send(Delivery delivery) throws DeliveryFailure;

}
