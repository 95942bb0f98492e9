package dev.firebreak.incident.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import dev.firebreak.incident.IncidentPage;
import dev.firebreak.incident.IncidentStatus;
import dev.firebreak.incident.NewIncident;
import dev.firebreak.incident.Priority;
import dev.firebreak.security.Actor;
import dev.firebreak.task.IncidentDetail;
import dev.firebreak.task.IncidentSummary;
import dev.firebreak.task.VisibleIncidents;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Report incidents, read them, and the managers' actions on them. */
@RestController
@RequestMapping("/api/v1/incidents")
class IncidentApiController {

	private final IncidentWorkService incidents;

	private final VisibleIncidents visible;

	IncidentApiController(IncidentWorkService incidents, VisibleIncidents visible) {
		this.incidents = incidents;
		this.visible = visible;
	}

	@PostMapping
	ResponseEntity<IncidentDetail> report(@Valid @RequestBody IncidentRequests.Report report,
			Authentication authentication) {
		IncidentDetail incident = incidents.report(new NewIncident(report.title(), report.description(),
				report.service(), report.severity(), report.impact()), Actor.of(authentication));
		return ResponseEntity.created(URI.create("/api/v1/incidents/" + incident.number())).body(incident);
	}

	@GetMapping
	Page list(@RequestParam(name = "status", required = false) IncidentStatus status,
			@RequestParam(name = "priority", required = false) Priority priority,
			@RequestParam(name = "service", required = false) String service,
			@RequestParam(name = "team", required = false) String team,
			@RequestParam(name = "from",
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
			@RequestParam(name = "to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
			@RequestParam(name = "page", defaultValue = "0") @Min(0) int page,
			@RequestParam(name = "size", defaultValue = "20") @Min(1) @Max(200) int size,
			Authentication authentication) {
		IncidentPage result = visible.search(status, priority, service, team, from, to, page, size,
				Actor.of(authentication));
		return new Page(result.items().stream().map(IncidentSummary::of).toList(), result.page(), result.size(),
				result.total());
	}

	@GetMapping("/{number}")
	IncidentDetail get(@PathVariable("number") String number, Authentication authentication) {
		return visible.get(number, Actor.of(authentication));
	}

	@PostMapping("/{number}/priority")
	IncidentDetail reprioritise(@PathVariable("number") String number,
			@Valid @RequestBody IncidentRequests.Reprioritise request, Authentication authentication) {
		return incidents.reprioritise(number, request, Actor.of(authentication));
	}

	@PostMapping("/{number}/escalate")
	IncidentDetail escalate(@PathVariable("number") String number,
			@Valid @RequestBody IncidentRequests.Escalate request, Authentication authentication) {
		return incidents.escalate(number, request, Actor.of(authentication));
	}

	/**
	 * Managers: root-cause analysis after verification, whatever the priority decided.
	 */
	@PostMapping("/{number}/request-rca")
	IncidentDetail requestRootCauseAnalysis(@PathVariable("number") String number,
			@Valid @RequestBody IncidentRequests.RequestRootCauseAnalysis request, Authentication authentication) {
		return incidents.requestRootCauseAnalysis(number, request, Actor.of(authentication));
	}

	@PostMapping("/{number}/cancel")
	IncidentDetail cancel(@PathVariable("number") String number, @Valid @RequestBody IncidentRequests.Cancel request,
			Authentication authentication) {
		return incidents.cancel(number, request, Actor.of(authentication));
	}

	/** Managers: moves the incident and its open tasks to another team's queue. */
	@PostMapping("/{number}/reassign")
	IncidentDetail reassign(@PathVariable("number") String number,
			@Valid @RequestBody IncidentRequests.Reassign request, Authentication authentication) {
		return incidents.reassign(number, request, Actor.of(authentication));
	}

	/**
	 * The team's responders and managers: takes the open task and the incident's
	 * ownership.
	 */
	@PostMapping("/{number}/acknowledge")
	IncidentDetail acknowledge(@PathVariable("number") String number, Authentication authentication) {
		return incidents.acknowledge(number, Actor.of(authentication));
	}

	/** A manager or the owner hands the incident to a named person. */
	@PutMapping("/{number}/owner")
	IncidentDetail assignOwner(@PathVariable("number") String number,
			@Valid @RequestBody IncidentRequests.AssignOwner request, Authentication authentication) {
		return incidents.assignOwner(number, request, Actor.of(authentication));
	}

	/** The team's responders and managers take over its open tasks and its ownership. */
	@PostMapping("/{number}/take-over")
	IncidentDetail takeOver(@PathVariable("number") String number, Authentication authentication) {
		return incidents.takeOver(number, Actor.of(authentication));
	}

	/**
	 * The quick path for trivial alerts: completes the open diagnosis as a false alarm or
	 * as fixed by operations.
	 */
	@PostMapping("/{number}/quick-resolve")
	IncidentDetail quickResolve(@PathVariable("number") String number,
			@Valid @RequestBody IncidentRequests.QuickResolve request, Authentication authentication) {
		return incidents.quickResolve(number, request, Actor.of(authentication));
	}

	record Page(List<IncidentSummary> items, int page, int size, long total) {
	}

}
