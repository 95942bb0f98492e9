package dev.firebreak.sla.web;

import java.net.URI;
import java.util.List;

import dev.firebreak.sla.SlaCalendar;
import dev.firebreak.sla.SlaCalendarRequest;
import dev.firebreak.sla.SlaPolicies;
import dev.firebreak.sla.SlaPolicy;
import dev.firebreak.sla.SlaPolicyRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * SLA policies and their working-hours calendars: everyone signed in reads, admins
 * change.
 */
@RestController
@Tag(name = "SLA policies", description = "Acknowledge and resolve targets per service, tier and priority, "
		+ "in calendar time or business hours")
class SlaPolicyApiController {

	private final SlaPolicies policies;

	SlaPolicyApiController(SlaPolicies policies) {
		this.policies = policies;
	}

	@GetMapping("/api/v1/sla-policies")
	@Operation(summary = "List SLA policies",
			description = "Incidents no policy matches keep the prioritisation decision's targets in calendar time.")
	List<SlaPolicy> list() {
		return policies.policies();
	}

	@PostMapping("/api/v1/sla-policies")
	@Operation(summary = "Create an SLA policy", description = "Admins. 400 names every invalid field; 409 when "
			+ "another policy has the same service, tier and priority. Open incidents' due times move at once.")
	ResponseEntity<SlaPolicy> create(@RequestBody SlaPolicyRequest request, Authentication authentication) {
		SlaPolicy policy = policies.create(request, authentication);
		return ResponseEntity.created(URI.create("/api/v1/sla-policies/" + policy.id())).body(policy);
	}

	@GetMapping("/api/v1/sla-policies/{id}")
	@Operation(summary = "Read an SLA policy")
	SlaPolicy get(@PathVariable("id") long id) {
		return policies.policy(id);
	}

	@PutMapping("/api/v1/sla-policies/{id}")
	@Operation(summary = "Change an SLA policy",
			description = "Admins. Past incidents' figures are recomputed with it when next read.")
	SlaPolicy update(@PathVariable("id") long id, @RequestBody SlaPolicyRequest request,
			Authentication authentication) {
		return policies.update(id, request, authentication);
	}

	@DeleteMapping("/api/v1/sla-policies/{id}")
	@Operation(summary = "Delete an SLA policy", description = "Admins.")
	ResponseEntity<Void> delete(@PathVariable("id") long id, Authentication authentication) {
		policies.delete(id, authentication);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/sla-calendars")
	@Operation(summary = "List working-hours calendars")
	List<SlaCalendar> calendars() {
		return policies.calendars();
	}

	@PostMapping("/api/v1/sla-calendars")
	@Operation(summary = "Create a working-hours calendar",
			description = "Admins. 400 names every invalid field: unknown time zones, inverted or overlapping hours, "
					+ "holidays outside firstYear..lastYear.")
	ResponseEntity<SlaCalendar> createCalendar(@RequestBody SlaCalendarRequest request, Authentication authentication) {
		SlaCalendar calendar = policies.create(request, authentication);
		return ResponseEntity.created(URI.create("/api/v1/sla-calendars/" + calendar.id())).body(calendar);
	}

	@GetMapping("/api/v1/sla-calendars/{id}")
	@Operation(summary = "Read a working-hours calendar")
	SlaCalendar calendar(@PathVariable("id") long id) {
		return policies.calendar(id);
	}

	@PutMapping("/api/v1/sla-calendars/{id}")
	@Operation(summary = "Change a working-hours calendar", description = "Admins.")
	SlaCalendar updateCalendar(@PathVariable("id") long id, @RequestBody SlaCalendarRequest request,
			Authentication authentication) {
		return policies.update(id, request, authentication);
	}

	@DeleteMapping("/api/v1/sla-calendars/{id}")
	@Operation(summary = "Delete a working-hours calendar", description = "Admins; 409 while a policy uses it.")
	ResponseEntity<Void> deleteCalendar(@PathVariable("id") long id, Authentication authentication) {
		policies.deleteCalendar(id, authentication);
		return ResponseEntity.noContent().build();
	}

}
