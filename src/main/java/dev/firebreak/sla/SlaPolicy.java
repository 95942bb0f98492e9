package dev.firebreak.sla;

import java.time.Duration;
import java.time.Instant;

import dev.firebreak.incident.Priority;

/**
 * Acknowledge and resolve targets for the incidents in its scope. A null service, tier or
 * priority means any; the most specific policy wins (service, then tier, then priority),
 * and without one the prioritisation decision's targets apply in calendar time.
 *
 * @param calendarId the working-hours calendar when measured in business hours
 * @param pauseDuringMaintenance whether the clocks stop while a maintenance window of the
 * incident's service runs
 */
public record SlaPolicy(long id, String name, String service, Integer tier, Priority priority,
		Duration acknowledgeWithin, Duration resolveWithin, Measure measure, Long calendarId, String calendarName,
		boolean pauseDuringMaintenance, String updatedBy, Instant updatedAt) {

	/** How the targets are measured. */
	public enum Measure {

		/** Round the clock. */
		CALENDAR_TIME,
		/** Only inside the working hours of the policy's calendar. */
		BUSINESS_HOURS

	}

	/** The scope as one key, unique among policies: {@code service|tier|priority}. */
	static String scopeKey(String service, Integer tier, Priority priority) {
		return (service == null ? "*" : service) + "|" + (tier == null ? "*" : tier) + "|"
				+ (priority == null ? "*" : priority.name());
	}

	boolean matches(String service, int tier, Priority priority) {
		return (this.service == null || this.service.equals(service)) && (this.tier == null || this.tier == tier)
				&& (this.priority == null || this.priority == priority);
	}

	/** Higher wins: a service beats a tier, which beats a priority alone. */
	int specificity() {
		return (service == null ? 0 : 4) + (tier == null ? 0 : 2) + (priority == null ? 0 : 1);
	}

}
