package dev.firebreak.sla;

/**
 * A policy as the API and the page send it.
 *
 * @param service, tier, priority the scope; each may be left out for "any"
 * @param acknowledgeWithin ISO-8601 duration, such as {@code PT30M}
 * @param resolveWithin ISO-8601 duration, such as {@code PT8H}
 * @param measure {@code CALENDAR_TIME} (the default) or {@code BUSINESS_HOURS}
 * @param calendarId the calendar, required for {@code BUSINESS_HOURS}
 * @param pauseDuringMaintenance clocks stop while the service's maintenance windows run
 */
public record SlaPolicyRequest(String name, String service, Integer tier, String priority, String acknowledgeWithin,
		String resolveWithin, String measure, Long calendarId, Boolean pauseDuringMaintenance) {
}
