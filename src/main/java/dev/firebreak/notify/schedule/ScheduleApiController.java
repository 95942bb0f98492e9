package dev.firebreak.notify.schedule;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import dev.firebreak.notify.OnCall;
import dev.firebreak.notify.OnCallNow;
import dev.firebreak.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Schedules, overrides, shifts and who is on call. Everyone signed in reads; the service
 * decides who may change what. Bodies are not {@code @Valid}: {@link ScheduleValidator}
 * reports every mistake in one list.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "On-call schedules", description = "Rotations, overrides and who is on call")
class ScheduleApiController {

	private final Schedules schedules;

	private final OnCall onCall;

	ScheduleApiController(Schedules schedules, OnCall onCall) {
		this.schedules = schedules;
		this.onCall = onCall;
	}

	@GetMapping("/schedules")
	@Operation(summary = "List schedules", description = "Every team's schedules by team and name, or one team's.")
	List<Schedule> list(@Parameter(description = "only this team's schedules") @RequestParam(name = "team",
			required = false) String team) {
		return schedules.list(team);
	}

	@PostMapping("/schedules")
	@Operation(summary = "Create a schedule",
			description = "For the team's managers and admins. 400 names every invalid field; 409 when the team "
					+ "already has a schedule of that name.")
	ResponseEntity<Schedule> create(@RequestBody ScheduleRequest request, Authentication authentication) {
		Schedule schedule = schedules.create(Actor.of(authentication), request);
		return ResponseEntity.created(URI.create("/api/v1/schedules/" + schedule.id())).body(schedule);
	}

	@GetMapping("/schedules/{id}")
	@Operation(summary = "Read a schedule")
	Schedule get(@PathVariable("id") long id) {
		return schedules.get(id);
	}

	@PutMapping("/schedules/{id}")
	@Operation(summary = "Replace a schedule",
			description = "Send the version you read: 409 when someone changed it since. The team cannot change.")
	Schedule update(@PathVariable("id") long id, @RequestBody ScheduleRequest request, Authentication authentication) {
		return schedules.update(Actor.of(authentication), id, request);
	}

	@DeleteMapping("/schedules/{id}")
	@Operation(summary = "Delete a schedule", description = "Its overrides go with it.")
	ResponseEntity<Void> delete(@PathVariable("id") long id, Authentication authentication) {
		schedules.delete(Actor.of(authentication), id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/schedules/{id}/overrides")
	@Operation(summary = "List overrides", description = "Those still running at or after `from` (default now).")
	List<ScheduleOverride> overrides(@PathVariable("id") long id, @RequestParam(name = "from",
			required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from) {
		return schedules.overrides(id, from);
	}

	@PostMapping("/schedules/{id}/overrides")
	@Operation(summary = "Add an override",
			description = "Someone covers the schedule from start to end. For members of the team and admins.")
	ResponseEntity<ScheduleOverride> addOverride(@PathVariable("id") long id, @RequestBody OverrideRequest request,
			Authentication authentication) {
		ScheduleOverride override = schedules.addOverride(Actor.of(authentication), id, request);
		return ResponseEntity.created(URI.create("/api/v1/schedules/" + id + "/overrides/" + override.id()))
			.body(override);
	}

	@DeleteMapping("/schedules/{id}/overrides/{overrideId}")
	@Operation(summary = "Delete an override", description = "For members of the team and admins.")
	ResponseEntity<Void> deleteOverride(@PathVariable("id") long id, @PathVariable("overrideId") long overrideId,
			Authentication authentication) {
		schedules.deleteOverride(Actor.of(authentication), id, overrideId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/schedules/{id}/shifts")
	@Operation(summary = "Shifts over a range",
			description = "Who is on call from `from` (default now) to `to` (default 14 days later; at most 62 "
					+ "days), as merged shifts with their source: a layer or an override. Gaps have nobody.")
	List<Shift> shifts(@PathVariable("id") long id,
			@RequestParam(name = "from",
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
			@RequestParam(name = "to",
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to) {
		return schedules.shifts(id, from, to);
	}

	@GetMapping("/on-call")
	@Operation(summary = "Who is on call",
			description = "On each schedule (or each of a team's), now or at `at`; a schedule with nobody on call "
					+ "is left out.")
	List<OnCallNow> onCall(@RequestParam(name = "team", required = false) String team, @RequestParam(name = "at",
			required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant at) {
		if (team == null || team.isBlank()) {
			return at == null ? onCall.everyTeamNow() : onCall.everyTeamAt(at);
		}
		return at == null ? onCall.now(team) : onCall.at(team, at);
	}

}
