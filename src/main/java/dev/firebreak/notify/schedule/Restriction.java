package dev.firebreak.notify.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A daily window in which a layer has someone on call, in the schedule's time zone, such
 * as weekdays 09:00–17:00. A window whose end is not after its start runs overnight: "Fri
 * 22:00–06:00" starts on Friday evening and ends on Saturday morning.
 *
 * @param days the days a window starts on; empty means every day
 */
public record Restriction(Set<DayOfWeek> days, LocalTime from, LocalTime to) {

	public Restriction {
		List<DayOfWeek> given = days == null ? List.of() : days.stream().filter(Objects::nonNull).toList();
		// an EnumSet keeps the days in week order, so the stored JSON reads Monday first
		days = given.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(given));
	}

	public boolean overnight() {
		return !to.isAfter(from);
	}

	/** Whether a window starts on that local date. */
	boolean startsOn(LocalDate date) {
		return days.isEmpty() || days.contains(date.getDayOfWeek());
	}

}
