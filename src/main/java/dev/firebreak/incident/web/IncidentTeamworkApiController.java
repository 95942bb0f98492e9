package dev.firebreak.incident.web;

import dev.firebreak.incident.IncidentResponders.Kind;
import dev.firebreak.security.Actor;
import jakarta.validation.Valid;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Responders from other teams and the commander, for whoever may see the incident. */
@RestController
@RequestMapping("/api/v1/incidents/{number}")
class IncidentTeamworkApiController {

	private final IncidentTeamwork teamwork;

	IncidentTeamworkApiController(IncidentTeamwork teamwork) {
		this.teamwork = teamwork;
	}

	@GetMapping("/responders")
	IncidentTeamwork.Responders list(@PathVariable("number") String number, Authentication authentication) {
		return teamwork.list(number, Actor.of(authentication));
	}

	@PostMapping("/responders")
	IncidentTeamwork.Responders add(@PathVariable("number") String number,
			@Valid @RequestBody IncidentRequests.AddResponder request, Authentication authentication) {
		return teamwork.add(number, request, Actor.of(authentication));
	}

	/** {@code kind} is {@code person} or {@code team}. */
	@DeleteMapping("/responders/{kind}/{name}")
	IncidentTeamwork.Responders remove(@PathVariable("number") String number, @PathVariable("kind") String kind,
			@PathVariable("name") String name, Authentication authentication) {
		return teamwork.remove(number, kind(kind), name, Actor.of(authentication));
	}

	@PutMapping("/commander")
	IncidentTeamwork.Responders commander(@PathVariable("number") String number,
			@Valid @RequestBody IncidentRequests.AssignCommander request, Authentication authentication) {
		return teamwork.assignCommander(number, request, Actor.of(authentication));
	}

	private static Kind kind(String kind) {
		return switch (kind) {
			case "person" -> Kind.PERSON;
			case "team" -> Kind.TEAM;
			default -> throw new InvalidFieldException("kind", "is person or team");
		};
	}

}
