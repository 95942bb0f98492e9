package dev.firebreak.notify.delivery;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The contact methods one worker round delivered to, so that the round marks each
 * delivered once, at its end, instead of once per notification: under a burst most
 * notifications of a round go to the same few methods, and each mark updates the same row
 * (on MySQL the sender threads queued on its lock).
 * <p>
 * Outcomes are noted in the order their transactions committed, so the end of the round
 * leaves a method as sending them one by one would have: delivered at its last delivery,
 * and no longer failing unless a notification to it was given up on after that.
 */
final class DeliveredMethods {

	private final Map<Long, Instant> lastDelivery = new HashMap<>();

	private final Set<Long> givenUpOnSince = new HashSet<>();

	synchronized void delivered(long methodId, Instant at) {
		lastDelivery.put(methodId, at);
		givenUpOnSince.remove(methodId);
	}

	synchronized void givenUpOn(long methodId) {
		if (lastDelivery.containsKey(methodId)) {
			givenUpOnSince.add(methodId);
		}
	}

	synchronized boolean isEmpty() {
		return lastDelivery.isEmpty();
	}

	synchronized void forEach(Mark mark) {
		lastDelivery.forEach((methodId, at) -> mark.delivered(methodId, at, givenUpOnSince.contains(methodId)));
	}

	interface Mark {

		void delivered(long methodId, Instant at, boolean givenUpOnSince);

	}

}
