package dev.firebreak.followup.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import dev.firebreak.followup.FollowUp;
import dev.firebreak.followup.FollowUpQueries;
import dev.firebreak.followup.FollowUpRequest;
import dev.firebreak.followup.FollowUps;
import dev.firebreak.followup.RcaCompletion;
import dev.firebreak.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Follow-up actions. Bodies are read by {@link FollowUps}, which names every invalid
 * field at once, and decides who may change what.
 */
@RestController
@Tag(name = "Follow-ups", description = "Preventive actions of a root-cause analysis, tracked until done")
class FollowUpApiController {

	private final FollowUps followUps;

	private final FollowUpQueries queries;

	FollowUpApiController(FollowUps followUps, FollowUpQueries queries) {
		this.followUps = followUps;
		this.queries = queries;
	}

	@GetMapping("/api/v1/incidents/{number}/follow-ups")
	@Operation(summary = "An incident's follow-up actions",
			description = "Whoever may read the incident. With whether its RCA is complete: a root cause "
					+ "recorded and every required action done or accepted as risk.")
	IncidentFollowUps list(@PathVariable("number") String number, Authentication authentication) {
		Actor actor = Actor.of(authentication);
		List<FollowUp> list = followUps.ofIncident(number, actor);
		LocalDate today = queries.today();
		return new IncidentFollowUps(number, followUps.completion(number, actor),
				list.stream().map(followUp -> FollowUpView.of(followUp, today)).toList());
	}

	@PostMapping("/api/v1/incidents/{number}/follow-ups")
	@Operation(summary = "Add a follow-up action",
			description = "The incident's team's responders and managers. title, owner (a user) and dueDate "
					+ "(today or later) are required; team defaults to the incident's; ticketUrl is an http(s) "
					+ "address; required defaults to true. 400 names every invalid field.")
	ResponseEntity<FollowUpView> create(@PathVariable("number") String number, @RequestBody FollowUpRequest request,
			Authentication authentication) {
		FollowUp created = followUps.create(number, request, Actor.of(authentication));
		return ResponseEntity.created(URI.create("/api/v1/follow-ups/" + created.id()))
			.body(FollowUpView.of(created, queries.today()));
	}

	@GetMapping("/api/v1/follow-ups/{id}")
	@Operation(summary = "Read a follow-up action", description = "Whoever may read its incident.")
	FollowUpView get(@PathVariable("id") long id, Authentication authentication) {
		return FollowUpView.of(followUps.find(id, Actor.of(authentication)), queries.today());
	}

	@PutMapping("/api/v1/follow-ups/{id}")
	@Operation(summary = "Change a follow-up action",
			description = "The whole action, as when adding it; status OPEN, IN_PROGRESS, DONE or RISK_ACCEPTED "
					+ "(a manager, with riskReason). The incident's team, the action's team and owner, and managers; "
					+ "an accepted risk only a manager. A new due date may be escalated again.")
	FollowUpView update(@PathVariable("id") long id, @RequestBody FollowUpRequest request,
			Authentication authentication) {
		return FollowUpView.of(followUps.update(id, request, Actor.of(authentication)), queries.today());
	}

	@GetMapping("/api/v1/follow-ups/overdue")
	@Operation(summary = "Overdue follow-up actions",
			description = "Managers, auditors and admins see all; a responder those of their teams and their own.")
	List<FollowUpView> overdue(Authentication authentication) {
		LocalDate today = queries.today();
		return followUps.overdueFor(Actor.of(authentication))
			.stream()
			.map(followUp -> FollowUpView.of(followUp, today))
			.toList();
	}

	record IncidentFollowUps(String incident, RcaCompletion rca, List<FollowUpView> followUps) {
	}

}
