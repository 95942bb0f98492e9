package dev.firebreak.sla;

import java.util.List;
import java.util.Map;

/**
 * A calendar as the API and the page send it.
 *
 * @param zone an IANA time zone id, such as {@code Europe/Berlin}
 * @param hours per day ({@code MONDAY} ... {@code SUNDAY}), a list of
 * {@code 09:00-17:00}; {@code 24:00} ends the day, and a night shift is two entries on
 * two days
 * @param holidays ISO dates within {@code firstYear..lastYear}
 */
public record SlaCalendarRequest(String name, String zone, Map<String, List<String>> hours, List<String> holidays,
		Integer firstYear, Integer lastYear) {
}
