package dev.firebreak.postmortem.web;

import java.util.Map;

import dev.firebreak.failure.Failure;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.postmortem.Postmortem;
import dev.firebreak.postmortem.Postmortems;
import dev.firebreak.security.Actor;
import dev.firebreak.security.Role;
import dev.firebreak.web.FormErrors;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The postmortem page: the generated record, the narrative form, the approval. */
@Controller
class PostmortemPagesController {

	private final Postmortems postmortems;

	private final IncidentService incidents;

	PostmortemPagesController(Postmortems postmortems, IncidentService incidents) {
		this.postmortems = postmortems;
		this.incidents = incidents;
	}

	@GetMapping("/incidents/{number}/postmortem")
	String page(@PathVariable("number") String number, Authentication authentication, Model model) {
		return page(postmortems.get(number, Actor.of(authentication)), Map.of(), authentication, model);
	}

	@PostMapping("/incidents/{number}/postmortem")
	String write(@PathVariable("number") String number, @RequestParam Map<String, String> values,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		try {
			postmortems.write(number, new Postmortem.Narrative(values.get("summary"), values.get("impact"),
					values.get("wentWell"), values.get("wentWrong")), Actor.of(authentication));
			redirect.addFlashAttribute("notice", "Postmortem saved.");
			return "redirect:/incidents/" + number + "/postmortem";
		}
		catch (Failure ex) {
			model.addAttribute("problem", "The postmortem needs your attention; nothing was saved.");
			return page(postmortems.get(number, Actor.of(authentication)), FormErrors.of(ex), authentication, model);
		}
	}

	@PostMapping("/incidents/{number}/postmortem/approve")
	String approve(@PathVariable("number") String number, Authentication authentication, RedirectAttributes redirect) {
		try {
			postmortems.approve(number, Actor.of(authentication));
			redirect.addFlashAttribute("notice", "Postmortem approved.");
		}
		catch (Failure ex) {
			redirect.addFlashAttribute("problem", FormErrors.problem(ex));
		}
		return "redirect:/incidents/" + number + "/postmortem";
	}

	private String page(Postmortem postmortem, Map<String, String> errors, Authentication authentication, Model model) {
		Actor actor = Actor.of(authentication);
		model.addAttribute("pm", postmortem);
		model.addAttribute("errors", errors);
		model.addAttribute("mayWrite", postmortems.mayWrite(actor, incidents.get(postmortem.facts().number())));
		model.addAttribute("mayApprove", actor.hasRole(Role.MANAGER) && !postmortem.approved());
		return "postmortem/postmortem";
	}

}
