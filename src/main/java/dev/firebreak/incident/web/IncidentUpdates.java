package dev.firebreak.incident.web;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.PublicStatus;
import dev.firebreak.incident.PublicUpdate;
import dev.firebreak.incident.PublicUpdates;
import dev.firebreak.incident.UpdateSuggestion;
import dev.firebreak.security.Actor;
import dev.firebreak.task.VisibleIncidents;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static dev.firebreak.security.Role.MANAGER;
import static dev.firebreak.security.Role.RESPONDER;

/**
 * Public updates on an incident: a responder who may see it, or a manager, publishes
 * them; everyone who may see it reads them, with the update the route's last milestone
 * suggests. A suggestion is only offered, never published without a person.
 */
@Service
@Transactional
public class IncidentUpdates {

	private final IncidentService incidents;

	private final PublicUpdates updates;

	private final VisibleIncidents visible;

	IncidentUpdates(IncidentService incidents, PublicUpdates updates, VisibleIncidents visible) {
		this.incidents = incidents;
		this.updates = updates;
		this.visible = visible;
	}

	public Published publish(String number, IncidentRequests.PublishUpdate request, Actor actor) {
		actor.requireAnyRole("publish public updates", RESPONDER, MANAGER);
		Incident incident = visible.require(number, actor);
		Instant at = incidents.publishUpdate(incident.id(), request.status(), request.message(), actor.username());
		return new Published(incident.number(), request.status(), request.message(), at, actor.username());
	}

	@Transactional(readOnly = true)
	public Updates list(String number, Actor actor) {
		Incident incident = visible.require(number, actor);
		List<PublicUpdate> published = updates.of(incident.id());
		return new Updates(published.stream().map(Published::of).toList(), suggestion(incident));
	}

	/** What the route's last milestone suggests telling, if anything. */
	@Transactional(readOnly = true)
	Optional<UpdateSuggestion> suggestion(String number, Actor actor) {
		return Optional.ofNullable(suggestion(visible.require(number, actor)));
	}

	private UpdateSuggestion suggestion(Incident incident) {
		return UpdateSuggestion.from(incidents.timeline(incident.id())).orElse(null);
	}

	/**
	 * A published update as the incident's people see it.
	 *
	 * @param publishedBy null when read back (the public record names nobody; the
	 * timeline entry does)
	 */
	public record Published(String incident, PublicStatus status, String message, Instant publishedAt,
			String publishedBy) {

		static Published of(PublicUpdate update) {
			return new Published(update.incidentNumber(), update.status(), update.message(), update.publishedAt(),
					null);
		}

	}

	/**
	 * @param suggestion what to publish next, or null
	 */
	public record Updates(List<Published> items, UpdateSuggestion suggestion) {
	}

}
