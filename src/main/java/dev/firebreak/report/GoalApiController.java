package dev.firebreak.report;

import java.net.URI;
import java.util.List;

import dev.firebreak.security.Actor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Improvement goals: managers set and remove them, whoever reads the reports reads them.
 * Their progress is in the reviews ({@code /api/v1/reports/reviews/{period}}).
 */
@RestController
@RequestMapping("/api/v1/goals")
@Tag(name = "Improvement goals", description = "Targets for a service's metric by a deadline, tracked by the reviews")
class GoalApiController {

	private final Goals goals;

	GoalApiController(Goals goals) {
		this.goals = goals;
	}

	@GetMapping
	List<ImprovementGoal> list(Authentication authentication) {
		return goals.list(Actor.of(authentication));
	}

	@PostMapping
	@Operation(summary = "Set an improvement goal",
			description = "Managers. metric (MTTR_MINUTES, MTTA_MINUTES, INCIDENTS_PER_WEEK, P95_RESPONSE_MS, "
					+ "UPTIME_PERCENT, RESOLVE_COMPLIANCE_PERCENT), service, deadline (after today), and target or "
					+ "changePercent (from the baseline of the 28 days before, −20 for 20 % lower). "
					+ "400 names every invalid field.")
	ResponseEntity<ImprovementGoal> create(@RequestBody GoalRequest request, Authentication authentication) {
		ImprovementGoal created = goals.create(request, Actor.of(authentication));
		return ResponseEntity.created(URI.create("/api/v1/goals/" + created.id())).body(created);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable("id") long id, Authentication authentication) {
		goals.delete(id, Actor.of(authentication));
		return ResponseEntity.noContent().build();
	}

}
