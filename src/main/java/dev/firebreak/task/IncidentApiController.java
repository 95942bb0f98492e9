package dev.firebreak.task;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentFilter;
import dev.firebreak.incident.IncidentPage;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.IncidentStatus;
import dev.firebreak.incident.NewIncident;
import dev.firebreak.incident.Priority;
import dev.firebreak.security.Actor;
import dev.firebreak.security.Role;
import dev.firebreak.sla.SlaState;
import dev.firebreak.workflow.IncidentProcess;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Report incidents, read them, and the managers' actions on them. */
@RestController
@RequestMapping("/api/v1/incidents")
class IncidentApiController {

	private final IncidentService incidents;

	private final IncidentProcess process;

	private final TaskWorkService work;

	private final Clock clock;

	IncidentApiController(IncidentService incidents, IncidentProcess process, TaskWorkService work, Clock clock) {
		this.incidents = incidents;
		this.process = process;
		this.work = work;
		this.clock = clock;
	}

	@PostMapping
	@Transactional
	ResponseEntity<IncidentDetail> report(@Valid @RequestBody IncidentRequests.Report report,
			Authentication authentication) {
		Incident incident = incidents.report(new NewIncident(report.title(), report.description(), report.service(),
				report.severity(), report.impact()), Actor.of(authentication).username());
		return ResponseEntity.created(URI.create("/api/v1/incidents/" + incident.number())).body(detail(incident));
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
			@RequestParam(name = "size", defaultValue = "20") @Min(1) @Max(200) int size) {
		IncidentPage result = incidents.search(
				new IncidentFilter(status, priority, service, team == null ? null : Set.of(team), from, to), page,
				size);
		return new Page(result.items().stream().map(IncidentSummary::of).toList(), result.page(), result.size(),
				result.total());
	}

	@GetMapping("/{number}")
	@Transactional(readOnly = true)
	IncidentDetail get(@PathVariable("number") String number) {
		return detail(incidents.get(number));
	}

	@PostMapping("/{number}/priority")
	@Transactional
	IncidentDetail reprioritise(@PathVariable("number") String number,
			@Valid @RequestBody IncidentRequests.Reprioritise request, Authentication authentication) {
		incidents.get(number);
		process.reprioritise(number, request.severity(), request.impact(), request.reason(),
				Actor.of(authentication).username());
		return detail(incidents.get(number));
	}

	@PostMapping("/{number}/escalate")
	@Transactional
	IncidentDetail escalate(@PathVariable("number") String number,
			@Valid @RequestBody IncidentRequests.Escalate request, Authentication authentication) {
		Incident incident = incidents.get(number);
		incidents.escalate(incident.id(), "manager", request.reason(), Actor.of(authentication).username());
		return detail(incidents.get(number));
	}

	/**
	 * Managers: the incident goes through root-cause analysis before closing, whatever
	 * its priority; reprioritising later does not undo it.
	 */
	@PostMapping("/{number}/request-rca")
	@Transactional
	IncidentDetail requestRootCauseAnalysis(@PathVariable("number") String number,
			@Valid @RequestBody IncidentRequests.RequestRootCauseAnalysis request, Authentication authentication) {
		Actor actor = Actor.of(authentication);
		if (!actor.hasRole(Role.MANAGER)) {
			throw new AccessDeniedException("Only managers may request a root-cause analysis.");
		}
		Incident incident = incidents.get(number);
		incidents.requireRootCauseAnalysis(incident.id(), request.reason(), actor.username());
		return detail(incidents.get(number));
	}

	@PostMapping("/{number}/cancel")
	@Transactional
	IncidentDetail cancel(@PathVariable("number") String number, @Valid @RequestBody IncidentRequests.Cancel request,
			Authentication authentication) {
		incidents.get(number);
		process.cancelAsDuplicate(number, request.duplicateOf(), request.reason(), Actor.of(authentication).username());
		return detail(incidents.get(number));
	}

	private IncidentDetail detail(Incident incident) {
		return IncidentDetail.of(incident, SlaState.of(incident, clock.instant()), work.openForIncident(incident.id()),
				incidents.timeline(incident.id()));
	}

	record Page(List<IncidentSummary> items, int page, int size, long total) {
	}

}
