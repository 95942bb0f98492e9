package dev.firebreak.incident.web;

import java.net.URI;
import java.util.List;

import dev.firebreak.security.Actor;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Internal notes on an incident, for whoever may see it. */
@RestController
@RequestMapping("/api/v1/incidents/{number}/notes")
class IncidentNotesApiController {

	private final IncidentNotes notes;

	IncidentNotesApiController(IncidentNotes notes) {
		this.notes = notes;
	}

	@PostMapping
	ResponseEntity<IncidentNotes.Note> add(@PathVariable("number") String number,
			@Valid @RequestBody IncidentRequests.AddNote request, Authentication authentication) {
		IncidentNotes.Note note = notes.add(number, request, Actor.of(authentication));
		return ResponseEntity.created(URI.create("/api/v1/incidents/" + number + "/notes")).body(note);
	}

	@GetMapping
	Notes list(@PathVariable("number") String number, Authentication authentication) {
		return new Notes(notes.list(number, Actor.of(authentication)));
	}

	record Notes(List<IncidentNotes.Note> items) {
	}

}
