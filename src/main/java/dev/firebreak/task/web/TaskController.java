package dev.firebreak.task.web;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.firebreak.failure.Failure;
import dev.firebreak.incident.Stage;
import dev.firebreak.security.Actor;
import dev.firebreak.task.IncidentDetail;
import dev.firebreak.task.VisibleIncidents;
import dev.firebreak.incident.RootCauseCategory;
import dev.firebreak.task.TaskState;
import dev.firebreak.task.TaskWorkService;
import dev.firebreak.web.FormErrors;
import dev.firebreak.web.Formats;
import dev.firebreak.sla.SlaClock;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A task's page: its stage's form, claim / release / complete, and the incident beside
 * it. Who may do what is decided by the task service ({@link TaskState}).
 */
@Controller
class TaskController {

	private final TaskWorkService work;

	private final VisibleIncidents incidents;

	private final Clock clock;

	TaskController(TaskWorkService work, VisibleIncidents incidents, Clock clock) {
		this.work = work;
		this.incidents = incidents;
		this.clock = clock;
	}

	@GetMapping("/tasks/{id}")
	String task(@PathVariable("id") String id, Authentication authentication, Model model) {
		Actor actor = Actor.of(authentication);
		TaskState state = work.find(id, actor);
		return page(state, actor, defaults(state.task().stage()), Map.of(), model);
	}

	/**
	 * The address a form was sent to stays in the address bar when the form comes back
	 * with errors; pasted elsewhere, it leads to the task.
	 */
	@GetMapping({ "/tasks/{id}/claim", "/tasks/{id}/unclaim", "/tasks/{id}/complete", "/tasks/{id}/take-over" })
	String backToTask(@PathVariable("id") String id) {
		return "redirect:/tasks/" + id;
	}

	@PostMapping("/tasks/{id}/claim")
	String claim(@PathVariable("id") String id, Authentication authentication, RedirectAttributes redirect) {
		try {
			work.claim(id, Actor.of(authentication));
			redirect.addFlashAttribute("notice", "You claimed this task. It is in your list under My work.");
		}
		catch (Failure ex) {
			redirect.addFlashAttribute("problem", conflictOrRethrow(ex));
		}
		return "redirect:/tasks/" + id;
	}

	@PostMapping("/tasks/{id}/take-over")
	String takeOver(@PathVariable("id") String id, Authentication authentication, RedirectAttributes redirect) {
		try {
			work.takeOver(id, Actor.of(authentication));
			redirect.addFlashAttribute("notice",
					"You took this task over, and with it the incident: its next stages come to you.");
		}
		catch (Failure ex) {
			redirect.addFlashAttribute("problem", conflictOrRethrow(ex));
		}
		return "redirect:/tasks/" + id;
	}

	@PostMapping("/tasks/{id}/unclaim")
	String unclaim(@PathVariable("id") String id, Authentication authentication, RedirectAttributes redirect) {
		try {
			work.unclaim(id, Actor.of(authentication));
			redirect.addFlashAttribute("notice", "You gave this task back to the team's queue.");
		}
		catch (Failure ex) {
			redirect.addFlashAttribute("problem", conflictOrRethrow(ex));
		}
		return "redirect:/tasks/" + id;
	}

	/**
	 * A form with problems comes back with every field as typed and a message next to
	 * each field to fix; a completed task leads to its incident, where the timeline shows
	 * the step.
	 */
	@PostMapping("/tasks/{id}/complete")
	String complete(@PathVariable("id") String id, @RequestParam Map<String, String> values,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		Actor actor = Actor.of(authentication);
		TaskState state = work.find(id, actor);
		Stage stage = state.task().stage();
		try {
			work.complete(id, StageForm.toJson(stage, values), actor);
		}
		catch (Failure ex) {
			Map<String, String> errors = FormErrors.of(ex);
			if (errors.isEmpty()) {
				redirect.addFlashAttribute("problem", conflictOrRethrow(ex));
				return "redirect:/tasks/" + id;
			}
			model.addAttribute("problem", "Some fields need your attention; nothing was saved yet.");
			return page(work.find(id, actor), actor, values, errors, model);
		}
		redirect.addFlashAttribute("notice", Formats.label(stage) + " completed.");
		return "redirect:/incidents/" + state.task().incidentNumber();
	}

	private String page(TaskState state, Actor actor, Map<String, String> values, Map<String, String> errors,
			Model model) {
		IncidentDetail incident = incidents.get(state.task().incidentNumber(), actor);
		model.addAttribute("page", "work");
		model.addAttribute("state", state);
		model.addAttribute("task", state.task());
		model.addAttribute("title", Formats.label(state.task().stage()) + " · " + state.task().incidentNumber());
		model.addAttribute("deadline", SlaClock.forTask(state.task().dueClock(), state.task().dueAt(),
				state.task().dueStoppedAt(), clock.instant()));
		model.addAttribute("incident", IncidentContext.of(incident, clock.instant()));
		model.addAttribute("rootCauseCategories", List.of(RootCauseCategory.values()));
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		return "task/task";
	}

	/** Prefilled: the deployment most likely happened just now. */
	private Map<String, String> defaults(Stage stage) {
		Map<String, String> values = new HashMap<>();
		if (stage == Stage.HOTFIX) {
			values.put("deployedAt", Formats.field(clock.instant()));
		}
		return values;
	}

	/** Conflicts (taken by someone else, already done) are told on the page itself. */
	private static String conflictOrRethrow(Failure ex) {
		if (ex.kind() != Failure.Kind.CONFLICT) {
			throw ex;
		}
		return ex.detail();
	}

}
