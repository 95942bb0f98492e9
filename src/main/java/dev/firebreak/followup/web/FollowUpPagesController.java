package dev.firebreak.followup.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.firebreak.failure.Failure;
import dev.firebreak.followup.FollowUp;
import dev.firebreak.followup.FollowUpQueries;
import dev.firebreak.followup.FollowUpRequest;
import dev.firebreak.followup.FollowUpStatus;
import dev.firebreak.followup.FollowUps;
import dev.firebreak.security.Actor;
import dev.firebreak.security.People;
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

/**
 * Adding a follow-up action from the incident page, and a page per action to change it. A
 * refused form comes back with each field's problem and the values given; nothing is
 * saved.
 */
@Controller
class FollowUpPagesController {

	private final FollowUps followUps;

	private final FollowUpQueries queries;

	private final People people;

	FollowUpPagesController(FollowUps followUps, FollowUpQueries queries, People people) {
		this.followUps = followUps;
		this.queries = queries;
		this.people = people;
	}

	@PostMapping("/incidents/{number}/follow-ups")
	String create(@PathVariable("number") String number, @RequestParam Map<String, String> values,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		try {
			FollowUp created = followUps.create(number, request(values), Actor.of(authentication));
			redirect.addFlashAttribute("notice", "Follow-up \"" + created.title() + "\" added, due " + created.dueDate()
					+ ", owned by " + created.owner() + ".");
			return "redirect:/incidents/" + number + "#follow-ups";
		}
		catch (Failure ex) {
			return form(number, null, values, ex, authentication, model);
		}
	}

	@GetMapping("/follow-ups/{id}")
	String page(@PathVariable("id") long id, Authentication authentication, Model model) {
		FollowUp followUp = followUps.find(id, Actor.of(authentication));
		Map<String, String> values = new HashMap<>();
		values.put("title", followUp.title());
		values.put("owner", followUp.owner());
		values.put("team", followUp.team());
		values.put("dueDate", followUp.dueDate().toString());
		values.put("ticketUrl", followUp.ticketUrl());
		values.put("required", followUp.required() ? "on" : null);
		values.put("status", followUp.status().name());
		values.put("riskReason", followUp.riskReason());
		return form(followUp.incidentNumber(), followUp, values, null, authentication, model);
	}

	@PostMapping("/follow-ups/{id}")
	String update(@PathVariable("id") long id, @RequestParam Map<String, String> values, Authentication authentication,
			Model model, RedirectAttributes redirect) {
		Actor actor = Actor.of(authentication);
		try {
			FollowUp saved = followUps.update(id, request(values), actor);
			redirect.addFlashAttribute("notice", "Follow-up \"" + saved.title() + "\" saved.");
			return "redirect:/follow-ups/" + id;
		}
		catch (Failure ex) {
			FollowUp followUp = followUps.find(id, actor);
			return form(followUp.incidentNumber(), followUp, values, ex, authentication, model);
		}
	}

	private String form(String number, FollowUp followUp, Map<String, String> values, Failure refusal,
			Authentication authentication, Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (refusal != null) {
			errors.putAll(FormErrors.of(refusal));
			model.addAttribute("problem", errors.isEmpty() ? FormErrors.problem(refusal)
					: "The follow-up needs your attention; nothing was saved.");
		}
		Actor actor = Actor.of(authentication);
		model.addAttribute("number", number);
		model.addAttribute("followUp", followUp == null ? null : FollowUpView.of(followUp, queries.today()));
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("people", people.all());
		model.addAttribute("statuses", actor.hasRole(Role.MANAGER) ? List.of(FollowUpStatus.values())
				: List.of(FollowUpStatus.OPEN, FollowUpStatus.IN_PROGRESS, FollowUpStatus.DONE));
		model.addAttribute("today", queries.today());
		return "followup/follow-up";
	}

	/** An unticked checkbox sends nothing: on the form that means "not required". */
	private static FollowUpRequest request(Map<String, String> values) {
		return new FollowUpRequest(values.get("title"), values.get("owner"), values.get("team"), values.get("dueDate"),
				values.get("ticketUrl"), "on".equals(values.get("required")), values.get("status"),
				values.get("riskReason"));
	}

}
