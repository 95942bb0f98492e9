package dev.firebreak.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.firebreak.incident.PublicStatus;

/**
 * Everything the public status page shows, and nothing else: no people, teams, notes,
 * alert labels, service names or incident titles (titles come from alerts and name
 * hosts). The page, the feeds and the JSON summary are all made from this.
 *
 * @param state the worst state of any component
 * @param updatedAt the newest change that shows here (Last-Modified)
 */
public record StatusSummary(Instant generatedAt, Instant updatedAt, ComponentState state, List<Component> components,
		List<Incident> incidents, List<Maintenance> maintenance) {

	/** A component with its state now and a bar per day, oldest first. */
	public record Component(String name, String description, ComponentState state, Double uptimePercent,
			List<Day> days) {
	}

	/**
	 * One day of a component's history.
	 *
	 * @param uptimePercent the lower of the probes' uptime and the share of the day
	 * without a P1 or P2 incident; null for a day before the component had either
	 * @param worst the worst state any incident put it in that day
	 */
	public record Day(LocalDate date, Double uptimePercent, ComponentState worst) {
	}

	/**
	 * An incident as the public is told of it: by number, the components it touches, and
	 * the updates people published (newest first).
	 */
	public record Incident(String number, List<String> components, PublicStatus status, Instant startedAt,
			Instant resolvedAt, List<Update> updates) {

		public String title() {
			return "Incident " + number + " affecting " + String.join(", ", components);
		}

	}

	/**
	 * @param html the message as people wrote it (Markdown), rendered and sanitised: the
	 * only form that leaves Firebreak, so that a site embedding the JSON is never handed
	 * markup it would have to clean itself
	 */
	public record Update(PublicStatus status, String html, Instant publishedAt) {
	}

	/** Planned work, running or upcoming. */
	public record Maintenance(long id, List<String> components, Instant startsAt, Instant endsAt, String description,
			boolean inProgress) {
	}

}
