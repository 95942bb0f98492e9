package dev.firebreak.probe;

import java.net.URI;
import java.time.Instant;
import java.util.List;

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
 * Admins manage probes of every kind (the security configuration allows only ADMIN here).
 * Bodies are not {@code @Valid}: {@link ProbeValidator} reports annotation and catalogue
 * errors in one list.
 */
@RestController
@RequestMapping("/api/v1/probes")
class ProbeApiController {

	private final Probes probes;

	ProbeApiController(Probes probes) {
		this.probes = probes;
	}

	/**
	 * A heartbeat's answer holds its ping address ({@code pingPath}), shown this once.
	 */
	@PostMapping
	ResponseEntity<CreatedProbe> create(@RequestBody ProbeRequest request, Authentication authentication) {
		CreatedProbe created = probes.create(request, authentication.getName());
		return ResponseEntity.created(URI.create("/api/v1/probes/" + created.probe().id())).body(created);
	}

	@GetMapping
	List<Probe> list() {
		return probes.list();
	}

	@GetMapping("/{id}")
	Probe get(@PathVariable("id") long id) {
		return probes.get(id);
	}

	@PutMapping("/{id}")
	Probe update(@PathVariable("id") long id, @RequestBody ProbeRequest request) {
		return probes.update(id, request);
	}

	/** Runs the check once and answers what it found; records nothing. */
	@PostMapping("/{id}/test")
	Probes.TestResult test(@PathVariable("id") long id) {
		return probes.testNow(id);
	}

	/** A heartbeat's new ping address; the old one stops working. */
	@PostMapping("/{id}/ping-secret")
	CreatedProbe newPingSecret(@PathVariable("id") long id) {
		return probes.newPingSecret(id);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable("id") long id) {
		probes.delete(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/samples")
	Probes.SamplePage samples(@PathVariable("id") long id,
			@RequestParam(name = "from",
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
			@RequestParam(name = "to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
			@RequestParam(name = "limit", required = false) Integer limit) {
		return probes.samples(id, from, to, limit);
	}

}
