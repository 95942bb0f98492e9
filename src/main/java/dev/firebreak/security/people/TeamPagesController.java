package dev.firebreak.security.people;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.firebreak.failure.Failure;
import dev.firebreak.security.Actor;
import dev.firebreak.web.FormErrors;
import jakarta.validation.Validator;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins list and create teams through the teams API's service. Members are chosen on
 * each person's page.
 */
@Controller
class TeamPagesController {

	private final TeamAdminService teams;

	private final Validator validator;

	TeamPagesController(TeamAdminService teams, Validator validator) {
		this.teams = teams;
		this.validator = validator;
	}

	@GetMapping("/admin/teams")
	String list(Authentication authentication, Model model) {
		return listPage(Actor.of(authentication), Map.of(), Map.of(), model);
	}

	@PostMapping("/admin/teams")
	String create(@RequestParam Map<String, String> values, Authentication authentication, Model model,
			RedirectAttributes redirect) {
		Actor actor = Actor.of(authentication);
		TeamRequests.Create request = new TeamRequests.Create(values.get("name"), values.get("displayName"));
		Map<String, String> errors = new LinkedHashMap<>(FormErrors.of(validator.validate(request)));
		if (errors.isEmpty()) {
			try {
				Team created = teams.create(actor, request);
				redirect.addFlashAttribute("notice",
						"Team " + created.name() + " added. Put people into it from their pages under People.");
				return "redirect:/admin/teams";
			}
			catch (Failure ex) {
				errors.putAll(FormErrors.of(ex));
				if (errors.isEmpty()) {
					model.addAttribute("problem", FormErrors.problem(ex));
				}
			}
		}
		if (model.getAttribute("problem") == null) {
			model.addAttribute("problem", "The new team needs your attention; nothing was added.");
		}
		return listPage(actor, values, errors, model);
	}

	private String listPage(Actor actor, Map<String, String> values, Map<String, String> errors, Model model) {
		model.addAttribute("page", "teams");
		model.addAttribute("teams", teams.list(actor));
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		return "security/teams";
	}

}
