package dev.firebreak.incident.web;

import java.net.URI;

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

/**
 * Public updates on an incident: read by whoever may see it (with the suggested next
 * update), published by its responders and managers.
 */
@RestController
@RequestMapping("/api/v1/incidents/{number}/updates")
class IncidentUpdatesApiController {

	private final IncidentUpdates updates;

	IncidentUpdatesApiController(IncidentUpdates updates) {
		this.updates = updates;
	}

	@PostMapping
	ResponseEntity<IncidentUpdates.Published> publish(@PathVariable("number") String number,
			@Valid @RequestBody IncidentRequests.PublishUpdate request, Authentication authentication) {
		IncidentUpdates.Published published = updates.publish(number, request, Actor.of(authentication));
		return ResponseEntity.created(URI.create("/api/v1/incidents/" + number + "/updates")).body(published);
	}

	@GetMapping
	IncidentUpdates.Updates list(@PathVariable("number") String number, Authentication authentication) {
		return updates.list(number, Actor.of(authentication));
	}

}
