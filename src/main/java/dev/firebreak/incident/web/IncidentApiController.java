package dev.firebreak.incident.web;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.firebreak.failure.FieldError;
import dev.firebreak.failure.InvalidInput;

import dev.firebreak.incident.IncidentPage;
import dev.firebreak.incident.NewIncident;
import dev.firebreak.security.Actor;
import dev.firebreak.task.IncidentDetail;
import dev.firebreak.task.IncidentSearch;
import dev.firebreak.task.IncidentSearchFilters;
import dev.firebreak.task.IncidentSummary;
import dev.firebreak.task.VisibleIncidents;
import jakarta.validation.Valid;

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

	private final IncidentSearchFilters filters;

	IncidentApiController(IncidentWorkService incidents, VisibleIncidents visible, IncidentSearchFilters filters) {
		this.incidents = incidents;
		this.visible = visible;
		this.filters = filters;
	}

	@PostMapping
	ResponseEntity<IncidentDetail> report(@Valid @RequestBody IncidentRequests.Report report,
			Authentication authentication) {
		IncidentDetail incident = incidents.report(new NewIncident(report.title(), report.description(),
				report.service(), report.severity(), report.impact()), Actor.of(authentication));
		return ResponseEntity.created(URI.create("/api/v1/incidents/" + incident.number())).body(incident);
	}

	/**
	 * Every filter is checked before anything is read, and all wrong ones are named in
	 * one answer. Times are UTC, as everywhere in the API.
	 */
	@GetMapping
	Page list(@RequestParam Map<String, String> values, Authentication authentication) {
		List<FieldError> errors = new ArrayList<>();
		IncidentSearch search = filters.read(values, ZoneOffset.UTC, errors);
		int page = number(values.get("page"), "page", 0, 0, Integer.MAX_VALUE, errors);
		int size = number(values.get("size"), "size", 20, 1, 200, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		IncidentPage result = visible.search(search.status(), search.priority(), search.service(), search.team(),
				search.from(), search.to(), search.text(), page, size, Actor.of(authentication));
		return new Page(result.items().stream().map(IncidentSummary::of).toList(), result.page(), result.size(),
				result.total());
	}

	private static int number(String value, String field, int otherwise, int min, int max, List<FieldError> errors) {
		if (value == null || value.isBlank()) {
			return otherwise;
		}
		try {
			int number = Integer.parseInt(value.trim());
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// named below
		}
		errors.add(new FieldError(field, max == Integer.MAX_VALUE ? "must be a whole number of at least " + min
				: "must be a whole number from " + min + " to " + max));
		return otherwise;
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
