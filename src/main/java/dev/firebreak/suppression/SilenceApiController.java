package dev.firebreak.suppression;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Silences. Everyone signed in reads them; {@link Silences} decides who may create and
 * expire. Bodies are not {@code @Valid}: {@link SilenceRules} names every mistake at
 * once.
 */
@RestController
@RequestMapping("/api/v1/silences")
@Tag(name = "Silences", description = "Label matchers that keep matching alerts from opening incidents")
class SilenceApiController {

	private final Silences silences;

	SilenceApiController(Silences silences) {
		this.silences = silences;
	}

	@GetMapping
	@Operation(summary = "List silences",
			description = "Active and pending ones, then those that ended in the last week.")
	List<SilenceView> list() {
		return silences.list();
	}

	@PostMapping
	@Operation(summary = "Create a silence",
			description = "Managers and admins; a responder only with the number of an incident of their team, for "
					+ "at most 24 hours. 400 names every invalid field: an invalid regular expression, an end "
					+ "before the start, or matchers that would match every alert without confirmCatchAll.")
	ResponseEntity<SilenceView> create(@RequestBody SilenceRequest request, Authentication authentication) {
		SilenceView silence = silences.create(request, authentication);
		return ResponseEntity.created(URI.create("/api/v1/silences/" + silence.id())).body(silence);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read a silence", description = "With its state now and how many alerts it silenced.")
	SilenceView get(@PathVariable("id") long id) {
		return silences.get(id);
	}

	@GetMapping("/{id}/alerts")
	@Operation(summary = "Alerts it silenced", description = "The latest 100, newest first.")
	List<SuppressedAlert> alerts(@PathVariable("id") long id) {
		return silences.alerts(id, 100);
	}

	@PostMapping("/{id}/expire")
	@Operation(summary = "Expire a silence",
			description = "Managers, admins and the responder who created it. Ends it now; an ended one is "
					+ "returned unchanged.")
	SilenceView expire(@PathVariable("id") long id, Authentication authentication) {
		return silences.expire(id, authentication);
	}

}
