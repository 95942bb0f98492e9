package dev.firebreak.change;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.firebreak.incident.Incident;
import dev.firebreak.security.Actor;
import dev.firebreak.task.VisibleIncidents;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The changes to an incident's service within the window before its detection, for
 * whoever may see the incident (task's {@code VisibleIncidents}, the rule of every
 * incident read).
 */
@Service
@Transactional(readOnly = true)
public class IncidentChanges {

	private final VisibleIncidents incidents;

	private final ChangeRepository changes;

	private final ChangeProperties properties;

	IncidentChanges(VisibleIncidents incidents, ChangeRepository changes, ChangeProperties properties) {
		this.incidents = incidents;
		this.changes = changes;
		this.properties = properties;
	}

	/**
	 * @throws dev.firebreak.incident.IncidentNotFoundException for an unknown incident
	 * @throws dev.firebreak.security.ActionDeniedException for one the actor may not see
	 */
	public Recent of(String number, Actor actor) {
		Incident incident = incidents.require(number, actor);
		Instant detectedAt = incident.detectedAt();
		List<RecentChange> recent = changes
			.ofService(incident.serviceName(), detectedAt.minus(properties.window()), detectedAt)
			.stream()
			.map(change -> new RecentChange(change.id(), change.format(), change.summary(), change.source(),
					change.version(), change.author(), change.linkHref(), change.linkText(), change.changedAt(),
					Duration.between(change.changedAt(), detectedAt).toMinutes()))
			.toList();
		return new Recent(incident.number(), incident.serviceName(), detectedAt, properties.window(), recent);
	}

	/**
	 * @param window how far before detection changes are looked for
	 * @param changes newest first
	 */
	public record Recent(String incident, String service, Instant detectedAt, Duration window,
			List<RecentChange> changes) {
	}

	/**
	 * @param minutesBeforeDetection whole minutes from the change to the incident's
	 * detection
	 */
	public record RecentChange(long id, ChangeFormat format, String summary, String source, String version,
			String author, String link, String linkText, Instant changedAt, long minutesBeforeDetection) {

		/** "12 min", "2 h 5 min": how the incident page says it. */
		public String before() {
			long hours = minutesBeforeDetection / 60;
			long minutes = minutesBeforeDetection % 60;
			return hours == 0 ? minutes + " min" : hours + " h" + (minutes == 0 ? "" : " " + minutes + " min");
		}

	}

}
