package dev.firebreak.notify.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One rotation of a schedule: turns of a fixed number of hours handed from one
 * participant to the next at local wall-clock times. The first turn starts on
 * {@code startDate} at {@code handoffTime}; before that the layer has nobody.
 *
 * @param name shown in the timeline's legend; optional
 * @param lengthHours 24 for daily and 168 for weekly rotations (filled in when left out),
 * at least 1 for custom ones
 * @param participants usernames in turn order; someone may appear more than once
 * @param restrictions when the layer has someone; empty means always
 */
public record Layer(String name, Rotation rotation, int lengthHours, LocalTime handoffTime, LocalDate startDate,
		List<String> participants, List<Restriction> restrictions) {

	public Layer {
		if (rotation != null && rotation.fixedHours() > 0 && lengthHours == 0) {
			lengthHours = rotation.fixedHours();
		}
		// copies that allow nulls, so that the validator can name a null entry
		participants = participants == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(participants));
		restrictions = restrictions == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(restrictions));
	}

	/** The local start of turn 0. */
	LocalDateTime firstHandoff() {
		return startDate.atTime(handoffTime);
	}

	/**
	 * Who holds turn {@code k}: the participants take turns in order, round and round.
	 */
	String participant(long k) {
		return participants.get((int) Math.floorMod(k, (long) participants.size()));
	}

}
