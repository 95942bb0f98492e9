package dev.firebreak.incident.web;

import java.time.Instant;
import java.util.List;

import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.TimelineType;
import dev.firebreak.security.Actor;
import dev.firebreak.task.VisibleIncidents;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static dev.firebreak.security.Role.ADMIN;
import static dev.firebreak.security.Role.MANAGER;
import static dev.firebreak.security.Role.RESPONDER;

/**
 * Internal notes on an incident: whoever may see the incident and works incidents
 * (responders, managers, admins) writes them; they are timeline entries, so they are in
 * the incident's hash chain and the issue log like everything else that happened.
 */
@Service
@Transactional
public class IncidentNotes {

	private final IncidentService incidents;

	private final VisibleIncidents visible;

	IncidentNotes(IncidentService incidents, VisibleIncidents visible) {
		this.incidents = incidents;
		this.visible = visible;
	}

	public Note add(String number, IncidentRequests.AddNote request, Actor actor) {
		actor.requireAnyRole("write notes on incidents", RESPONDER, MANAGER, ADMIN);
		Incident incident = visible.require(number, actor);
		Instant at = incidents.addNote(incident.id(), request.text(), actor.username());
		return new Note(at, actor.username(), request.text());
	}

	@Transactional(readOnly = true)
	public List<Note> list(String number, Actor actor) {
		Incident incident = visible.require(number, actor);
		return incidents.timeline(incident.id())
			.stream()
			.filter(entry -> entry.type() == TimelineType.NOTE_ADDED)
			.map(entry -> new Note(entry.at(), entry.actor(), String.valueOf(entry.details().get("text"))))
			.toList();
	}

	/**
	 * An internal note as the API returns it.
	 *
	 * @param text Markdown, as written
	 */
	public record Note(Instant at, String author, String text) {
	}

}
