package dev.firebreak.sla.web;

import java.net.URI;

import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.security.ActionDeniedException;
import dev.firebreak.security.Actor;
import dev.firebreak.security.Role;
import dev.firebreak.sla.SlaClocks;
import dev.firebreak.sla.SlaPause;
import dev.firebreak.sla.SlaTerms;
import dev.firebreak.sla.Waiting;
import dev.firebreak.sla.WaitingReason;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** An incident's SLA terms, and its waiting state. */
@RestController
@Tag(name = "SLA policies")
class WaitingApiController {

	private final Waiting waiting;

	private final IncidentService incidents;

	private final SlaClocks clocks;

	WaitingApiController(Waiting waiting, IncidentService incidents, SlaClocks clocks) {
		this.waiting = waiting;
		this.incidents = incidents;
		this.clocks = clocks;
	}

	/**
	 * @param reason {@code THIRD_PARTY} or {@code REPORTER}
	 */
	record WaitingRequest(WaitingReason reason, String note) {
	}

	@GetMapping("/api/v1/incidents/{number}/sla")
	@Operation(summary = "An incident's SLA terms and clocks",
			description = "The policy that measures it (null: the decision's targets in calendar time), its pauses, "
					+ "the maintenance it paused for, and the clocks they give now.")
	SlaTerms terms(@PathVariable("number") String number, Authentication authentication) {
		Incident incident = incidents.get(number);
		Actor actor = Actor.of(authentication);
		if (!actor.hasAnyRole(Role.MANAGER, Role.AUDITOR, Role.ADMIN) && !actor.isIn(incident.team())) {
			throw new ActionDeniedException("Only the team of " + number + " and managers may read its SLA terms.");
		}
		return clocks.terms(incident);
	}

	@PostMapping("/api/v1/incidents/{number}/waiting")
	@Operation(summary = "Start waiting: the SLA clocks stop",
			description = "Managers and the incident's team. 409 when it is resolved, closed or waits already.")
	ResponseEntity<SlaPause> start(@PathVariable("number") String number, @RequestBody WaitingRequest request,
			Authentication authentication) {
		SlaPause pause = waiting.start(number, request.reason(), request.note(), authentication);
		return ResponseEntity.created(URI.create("/api/v1/incidents/" + number + "/sla")).body(pause);
	}

	@DeleteMapping("/api/v1/incidents/{number}/waiting")
	@Operation(summary = "Stop waiting: the SLA clocks run again",
			description = "Managers and the incident's team. 409 when it does not wait.")
	SlaPause end(@PathVariable("number") String number, Authentication authentication) {
		return waiting.end(number, authentication);
	}

}
