package dev.firebreak.admin;

import java.net.URI;
import java.util.List;

import dev.firebreak.incident.MonitoredService;
import dev.firebreak.security.Actor;
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

/** The service catalogue: everyone reads it, admins change it. */
@RestController
@RequestMapping("/api/v1/services")
class ServiceAdminController {

	private final ServiceAdminService services;

	ServiceAdminController(ServiceAdminService services) {
		this.services = services;
	}

	@GetMapping
	List<MonitoredService> list(
			@RequestParam(name = "includeDisabled", defaultValue = "false") boolean includeDisabled) {
		return services.list(includeDisabled);
	}

	@GetMapping("/{name}")
	MonitoredService get(@PathVariable("name") String name) {
		return services.get(name);
	}

	@PostMapping
	ResponseEntity<MonitoredService> create(@Valid @RequestBody ServiceRequests.Create request,
			Authentication authentication) {
		MonitoredService created = services.create(Actor.of(authentication), request);
		return ResponseEntity.created(URI.create("/api/v1/services/" + created.name())).body(created);
	}

	@PutMapping("/{name}")
	MonitoredService update(@PathVariable("name") String name, @Valid @RequestBody ServiceRequests.Update request,
			Authentication authentication) {
		return services.update(Actor.of(authentication), name, request);
	}

	@PostMapping("/{name}/disable")
	MonitoredService disable(@PathVariable("name") String name, Authentication authentication) {
		return services.disable(Actor.of(authentication), name);
	}

	@PostMapping("/{name}/enable")
	MonitoredService enable(@PathVariable("name") String name, Authentication authentication) {
		return services.enable(Actor.of(authentication), name);
	}

}
