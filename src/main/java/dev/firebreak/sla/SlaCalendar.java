package dev.firebreak.sla;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Working hours for business-hours policies: weekly hours in a time zone, and holidays
 * within {@code firstYear..lastYear} (outside those years only the weekly hours apply).
 *
 * @param hours per day of the week ({@code MONDAY}), a list of {@code 09:00-17:00};
 * {@code 24:00} ends the day
 */
public record SlaCalendar(long id, String name, String zone, Map<String, List<String>> hours, List<LocalDate> holidays,
		int firstYear, int lastYear, String updatedBy, Instant updatedAt) {

	BusinessHours businessHours() {
		Map<DayOfWeek, List<BusinessHours.Hours>> weekly = new EnumMap<>(DayOfWeek.class);
		hours.forEach((day, ranges) -> weekly.put(DayOfWeek.valueOf(day), ranges.stream().map(range -> {
			String[] ends = range.split("-");
			return new BusinessHours.Hours(LocalTime.parse(ends[0]),
					"24:00".equals(ends[1]) ? LocalTime.MIDNIGHT : LocalTime.parse(ends[1]));
		}).toList()));
		return new BusinessHours(ZoneId.of(zone), weekly, new HashSet<>(holidays));
	}

}
