package dev.firebreak.task;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.security.Actor;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The work queue: list, claim, take over, release and complete tasks. */
@RestController
@RequestMapping("/api/v1/tasks")
class TaskApiController {

	private final TaskWorkService work;

	TaskApiController(TaskWorkService work) {
		this.work = work;
	}

	/** {@code all} is for managers, auditors and admins. */
	@GetMapping
	List<TaskView> list(@RequestParam(name = "scope", defaultValue = "team") Scope scope,
			Authentication authentication) {
		return work.queue(Actor.of(authentication), scope);
	}

	@PostMapping("/{id}/claim")
	TaskView claim(@PathVariable("id") String id, Authentication authentication) {
		return work.claim(id, Actor.of(authentication));
	}

	@PostMapping("/{id}/unclaim")
	TaskView unclaim(@PathVariable("id") String id, Authentication authentication) {
		return work.unclaim(id, Actor.of(authentication));
	}

	/**
	 * Someone of the team takes the task over from whoever holds it; they become the
	 * incident's owner. Recorded on the timeline.
	 */
	@PostMapping("/{id}/take-over")
	TaskView takeOver(@PathVariable("id") String id, Authentication authentication) {
		return work.takeOver(id, Actor.of(authentication));
	}

	/**
	 * The owning team gives the task to an added responder from elsewhere;
	 * {@code username} null takes it back.
	 */
	@PostMapping("/{id}/give")
	TaskView give(@PathVariable("id") String id, @RequestBody GiveTask request, Authentication authentication) {
		return work.give(id, request.username() == null || request.username().isBlank() ? null : request.username(),
				Actor.of(authentication));
	}

	record GiveTask(String username) {
	}

	/** The body is the stage's form; see docs/api.md for each stage's fields. */
	@PostMapping("/{id}/complete")
	ResponseEntity<Void> complete(@PathVariable("id") String id, @RequestBody(required = false) JsonNode form,
			Authentication authentication) {
		work.complete(id, form, Actor.of(authentication));
		return ResponseEntity.noContent().build();
	}

}
