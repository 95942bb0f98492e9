package dev.firebreak.notify.policy;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Escalation policies. Bodies are not {@code @Valid}: {@link Policies} reports every
 * problem in one answer.
 */
@RestController
@RequestMapping("/api/v1/escalation-policies")
class PolicyApiController {

	private final Policies policies;

	PolicyApiController(Policies policies) {
		this.policies = policies;
	}

	@GetMapping
	List<EscalationPolicy> list(@RequestParam(name = "team", required = false) String team) {
		return policies.list(team);
	}

	@GetMapping("/{id}")
	EscalationPolicy get(@PathVariable("id") long id) {
		return policies.get(id);
	}

	@PostMapping
	ResponseEntity<EscalationPolicy> create(@RequestBody PolicyRequest request, Authentication authentication) {
		EscalationPolicy policy = policies.create(request, Actor.of(authentication));
		return ResponseEntity.created(URI.create("/api/v1/escalation-policies/" + policy.id())).body(policy);
	}

	@PutMapping("/{id}")
	EscalationPolicy update(@PathVariable("id") long id, @RequestBody PolicyRequest request,
			Authentication authentication) {
		return policies.update(id, request, Actor.of(authentication));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable("id") long id, Authentication authentication) {
		policies.delete(id, Actor.of(authentication));
		return ResponseEntity.noContent().build();
	}

}
