package dev.firebreak.notify.delivery;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A round's marks leave each contact method as marking it after every notification would
 * have: delivered at its last delivery, failing only if given up on after that.
 */
class DeliveredMethodsTest {

	private static final Instant T = Instant.parse("2031-03-04T05:06:07Z");

	@Test
	void eachMethodOnceAtItsLastDeliveryFailingOnlyIfGivenUpOnAfterIt() {
		DeliveredMethods methods = new DeliveredMethods();
		methods.givenUpOn(1);
		methods.delivered(1, T);
		methods.delivered(1, T.plusSeconds(1));
		methods.delivered(2, T);
		methods.givenUpOn(2);
		methods.givenUpOn(3);

		Map<Long, String> marks = new HashMap<>();
		methods.forEach((id, at, givenUpOnSince) -> marks.put(id, at + (givenUpOnSince ? " still failing" : "")));

		assertThat(marks).containsOnly(Map.entry(1L, T.plusSeconds(1).toString()), Map.entry(2L, T + " still failing"));
	}

}
