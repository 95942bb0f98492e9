package dev.firebreak.suppression;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

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

/**
 * Maintenance windows. Everyone signed in reads them; managers and admins change them.
 */
@RestController
@RequestMapping("/api/v1/maintenance-windows")
@Tag(name = "Maintenance windows", description = "Planned work per service, during which its alerts open nothing")
class MaintenanceWindowApiController {

	private final MaintenanceWindows windows;

	MaintenanceWindowApiController(MaintenanceWindows windows) {
		this.windows = windows;
	}

	@GetMapping
	@Operation(summary = "List maintenance windows",
			description = "Upcoming and running ones by start, then those that ended in the last 30 days.")
	List<MaintenanceWindowView> list(@Parameter(description = "only this service's windows") @RequestParam(
			name = "service", required = false) String service) {
		return windows.list(service);
	}

	@PostMapping
	@Operation(summary = "Schedule a maintenance window",
			description = "Managers and admins. suppressAlerts defaults to true; false only announces it. 400 names "
					+ "every invalid field.")
	ResponseEntity<MaintenanceWindowView> create(@RequestBody MaintenanceWindowRequest request,
			Authentication authentication) {
		MaintenanceWindowView window = windows.create(request, authentication);
		return ResponseEntity.created(URI.create("/api/v1/maintenance-windows/" + window.id())).body(window);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read a maintenance window")
	MaintenanceWindowView get(@PathVariable("id") long id) {
		return windows.get(id);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a maintenance window",
			description = "Managers and admins, while it is scheduled or running; an ended or cancelled one is kept "
					+ "as it was (400).")
	MaintenanceWindowView update(@PathVariable("id") long id, @RequestBody MaintenanceWindowRequest request,
			Authentication authentication) {
		return windows.update(id, request, authentication);
	}

	@PostMapping("/{id}/cancel")
	@Operation(summary = "Cancel or end a maintenance window",
			description = "Managers and admins. A scheduled window never starts; a running one ends now.")
	MaintenanceWindowView cancel(@PathVariable("id") long id, Authentication authentication) {
		return windows.cancel(id, authentication);
	}

	@GetMapping("/{id}/alerts")
	@Operation(summary = "Alerts it suppressed", description = "The latest 100, newest first.")
	List<SuppressedAlert> alerts(@PathVariable("id") long id) {
		return windows.alerts(id, 100);
	}

}
