package dev.firebreak.notify.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.notify.NotifyRequestException;
import dev.firebreak.notify.policy.EscalationPolicy;
import dev.firebreak.notify.policy.Policies;
import dev.firebreak.notify.policy.PolicyRequest;
import dev.firebreak.notify.web.PolicyView.TeamPolicies;
import dev.firebreak.security.ActionDeniedException;
import dev.firebreak.security.Actor;
import dev.firebreak.security.People;
import dev.firebreak.security.TeamDirectory;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Escalation policies: everyone signed in reads them; admins and a team's managers edit
 * them. {@link Policies} checks the fields and the right to change, as for the API; the
 * pages only hide what the reader may not do.
 */
@Controller
class PolicyPagesController {

	private final Policies policies;

	private final ServiceCatalogue catalogue;

	private final TeamDirectory teams;

	private final People people;

	PolicyPagesController(Policies policies, ServiceCatalogue catalogue, TeamDirectory teams, People people) {
		this.policies = policies;
		this.catalogue = catalogue;
		this.teams = teams;
		this.people = people;
	}

	@GetMapping("/policies")
	String list(Authentication authentication, Model model) {
		Actor actor = Actor.of(authentication);
		Map<String, String> names = people.all()
			.stream()
			.collect(Collectors.toMap(People.Person::username, People.Person::name));
		Map<String, String> schedules = policies.scheduleChoices()
			.stream()
			.collect(Collectors.toMap(choice -> String.valueOf(choice.id()),
					choice -> choice.team() + " / " + choice.name()));
		Map<String, List<PolicyView>> byTeam = new TreeMap<>();
		for (EscalationPolicy policy : policies.list(null)) {
			byTeam.computeIfAbsent(policy.team(), team -> new ArrayList<>())
				.add(PolicyView.of(policy, Policies.mayChange(actor, policy.team()), names, schedules));
		}
		model.addAttribute("page", "policies");
		model.addAttribute("teams",
				byTeam.entrySet().stream().map(team -> new TeamPolicies(team.getKey(), team.getValue())).toList());
		model.addAttribute("mayCreate", !changeableTeams(actor).isEmpty());
		return "notify/policies";
	}

	@GetMapping("/policies/new")
	String newPolicy(@RequestParam(name = "team", required = false) String team, Authentication authentication,
			Model model) {
		Actor actor = Actor.of(authentication);
		List<String> choices = changeableTeams(actor);
		if (choices.isEmpty()) {
			throw new ActionDeniedException("Only admins and a team's managers may create its escalation policies.");
		}
		String preset = choices.contains(team) ? team : choices.size() == 1 ? choices.get(0) : "";
		return editor(actor, null, PolicyForm.empty(preset), Map.of(), model);
	}

	@PostMapping("/policies")
	String create(@RequestParam MultiValueMap<String, String> values, Authentication authentication, Model model,
			RedirectAttributes redirect) {
		Actor actor = Actor.of(authentication);
		PolicyForm form = PolicyForm.read(values);
		Map<String, String> errors = new LinkedHashMap<>();
		PolicyRequest request = form.request(errors);
		if (request != null) {
			try {
				EscalationPolicy created = policies.create(request, actor);
				redirect.addFlashAttribute("notice",
						"Policy “" + created.name() + "” saved for team " + created.team() + ".");
				return "redirect:/policies";
			}
			catch (NotifyRequestException ex) {
				errors.putAll(fieldErrors(form, ex));
			}
		}
		model.addAttribute("problem", "The policy needs your attention; nothing was saved.");
		return editor(actor, null, form, errors, model);
	}

	@GetMapping("/policies/{id}/edit")
	String edit(@PathVariable("id") long id, Authentication authentication, Model model) {
		Actor actor = Actor.of(authentication);
		EscalationPolicy policy = changeable(id, actor);
		return editor(actor, policy, PolicyForm.of(policy), Map.of(), model);
	}

	@PostMapping("/policies/{id}")
	String update(@PathVariable("id") long id, @RequestParam MultiValueMap<String, String> values,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		Actor actor = Actor.of(authentication);
		EscalationPolicy policy = changeable(id, actor);
		PolicyForm form = PolicyForm.read(values);
		Map<String, String> errors = new LinkedHashMap<>();
		PolicyRequest request = form.request(errors);
		if (request != null) {
			try {
				EscalationPolicy saved = policies.update(id, request, actor);
				redirect.addFlashAttribute("notice", "Policy “" + saved.name() + "” saved.");
				return "redirect:/policies";
			}
			catch (NotifyRequestException ex) {
				errors.putAll(fieldErrors(form, ex));
			}
		}
		model.addAttribute("problem", "The policy needs your attention; nothing was saved.");
		return editor(actor, policy, form, errors, model);
	}

	/**
	 * Incidents climbing this policy page nobody more (the page says so); new ones follow
	 * the team's default, if any.
	 */
	@PostMapping("/policies/{id}/delete")
	String delete(@PathVariable("id") long id, Authentication authentication, RedirectAttributes redirect) {
		Actor actor = Actor.of(authentication);
		EscalationPolicy policy = policies.get(id);
		policies.delete(id, actor);
		redirect.addFlashAttribute("notice", "Policy “" + policy.name() + "” of team " + policy.team() + " deleted.");
		return "redirect:/policies";
	}

	private String editor(Actor actor, EscalationPolicy policy, PolicyForm form, Map<String, String> errors,
			Model model) {
		List<String> teamChoices = new ArrayList<>(changeableTeams(actor));
		if (policy != null && !teamChoices.contains(policy.team())) {
			teamChoices.add(0, policy.team());
		}
		model.addAttribute("page", "policies");
		model.addAttribute("policy", policy);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("teamChoices", teamChoices);
		model.addAttribute("people", people.all());
		model.addAttribute("schedules", policies.scheduleChoices());
		model.addAttribute("targetTeams", teams.activeTeams());
		model.addAttribute("services", catalogue.all());
		return "notify/policy-edit";
	}

	/** The policy, if the reader may change it; the 403 page otherwise. */
	private EscalationPolicy changeable(long id, Actor actor) {
		EscalationPolicy policy = policies.get(id);
		if (!Policies.mayChange(actor, policy.team())) {
			throw new ActionDeniedException(
					"Only admins and the managers of team " + policy.team() + " may change its escalation policies.");
		}
		return policy;
	}

	private List<String> changeableTeams(Actor actor) {
		return teams.activeTeams().stream().filter(team -> Policies.mayChange(actor, team)).toList();
	}

	/** A refusal that names no field (not found, a conflict) is for the error page. */
	private static Map<String, String> fieldErrors(PolicyForm form, NotifyRequestException ex) {
		if (ex.fieldErrors().isEmpty()) {
			throw ex;
		}
		return form.errors(ex);
	}

}
