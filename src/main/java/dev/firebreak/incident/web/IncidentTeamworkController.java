package dev.firebreak.incident.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import dev.firebreak.failure.Failure;
import dev.firebreak.incident.IncidentResponders;
import dev.firebreak.security.Actor;
import dev.firebreak.task.TaskWorkService;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Responders section's forms: add a person or team, take one off, set the commander,
 * give a task. The checks are the API's ({@link IncidentTeamwork},
 * {@link TaskWorkService}); a refusal shows the page again with the reason and nothing
 * changed.
 */
@Controller
class IncidentTeamworkController {

	private final IncidentTeamwork teamwork;

	private final TaskWorkService work;

	private final IncidentPages pages;

	IncidentTeamworkController(IncidentTeamwork teamwork, TaskWorkService work, IncidentPages pages) {
		this.teamwork = teamwork;
		this.work = work;
		this.pages = pages;
	}

	@PostMapping("/incidents/{number}/responders")
	String add(@PathVariable("number") String number, @RequestParam Map<String, String> values,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		return act(number, values, authentication, model, redirect, "Added to the incident.", actor -> teamwork
			.add(number, new IncidentRequests.AddResponder(values.get("username"), values.get("team")), actor));
	}

	/** Takes a person or team off; the tasks given to them return to the owning team. */
	@PostMapping("/incidents/{number}/responders/remove")
	String remove(@PathVariable("number") String number, @RequestParam Map<String, String> values,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		return act(number, values, authentication, model, redirect, "Taken off the incident.", actor -> {
			IncidentResponders.Kind kind;
			try {
				kind = IncidentResponders.Kind.valueOf(values.getOrDefault("kind", ""));
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidFieldException("kind", "is PERSON or TEAM");
			}
			teamwork.remove(number, kind, values.getOrDefault("name", ""), actor);
		});
	}

	@PostMapping("/incidents/{number}/commander")
	String commander(@PathVariable("number") String number, @RequestParam Map<String, String> values,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		return act(number, values, authentication, model, redirect, "The incident has a new commander.",
				actor -> teamwork.assignCommander(number,
						new IncidentRequests.AssignCommander(values.getOrDefault("username", "")), actor));
	}

	@PostMapping("/incidents/{number}/give")
	String give(@PathVariable("number") String number, @RequestParam Map<String, String> values,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		String username = values.get("username");
		return act(number, values, authentication, model, redirect, "Task given.",
				actor -> work.give(values.getOrDefault("task", ""),
						username == null || username.isBlank() ? null : username.trim(), actor));
	}

	private String act(String number, Map<String, String> values, Authentication authentication, Model model,
			RedirectAttributes redirect, String notice, Consumer<Actor> action) {
		Map<String, String> errors = new LinkedHashMap<>();
		try {
			action.accept(Actor.of(authentication));
			redirect.addFlashAttribute("notice", notice);
			return "redirect:/incidents/" + number + "#responders";
		}
		catch (Failure ex) {
			errors.putAll(dev.firebreak.web.FormErrors.of(ex));
			if (errors.isEmpty()) {
				throw ex;
			}
		}
		model.addAttribute("problem", "That needs your attention; nothing was changed.");
		return pages.show(number, authentication, "responders", values, errors, model);
	}

}
