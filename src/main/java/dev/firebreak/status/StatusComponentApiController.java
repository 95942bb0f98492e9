package dev.firebreak.status;

import java.net.URI;
import java.util.List;

import dev.firebreak.security.Actor;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The status page's components: everyone signed in reads them, admins change them. */
@RestController
@RequestMapping("/api/v1/status-components")
class StatusComponentApiController {

	private final StatusComponents components;

	private final StatusPage page;

	StatusComponentApiController(StatusComponents components, StatusPage page) {
		this.components = components;
		this.page = page;
	}

	@GetMapping
	List<StatusComponent> list() {
		return components.list();
	}

	@GetMapping("/{id}")
	StatusComponent get(@PathVariable("id") long id) {
		return components.get(id);
	}

	@PostMapping
	ResponseEntity<StatusComponent> create(@RequestBody StatusComponents.Request request,
			Authentication authentication) {
		StatusComponent created = components.create(Actor.of(authentication), request);
		page.refresh();
		return ResponseEntity.created(URI.create("/api/v1/status-components/" + created.id())).body(created);
	}

	@PutMapping("/{id}")
	StatusComponent update(@PathVariable("id") long id, @RequestBody StatusComponents.Request request,
			Authentication authentication) {
		StatusComponent updated = components.update(Actor.of(authentication), id, request);
		page.refresh();
		return updated;
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable("id") long id, Authentication authentication) {
		components.delete(Actor.of(authentication), id);
		page.refresh();
		return ResponseEntity.noContent().build();
	}

}
