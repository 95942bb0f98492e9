package dev.firebreak.security.people;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.firebreak.failure.Failure;
import dev.firebreak.security.Actor;
import dev.firebreak.security.Role;
import dev.firebreak.web.Confirmation;
import dev.firebreak.web.FormErrors;
import dev.firebreak.web.PagePanel;
import dev.firebreak.web.PagePanels;
import jakarta.validation.Validator;

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
 * Admins manage people: the same services as the people and teams API check the role,
 * keep the last admin, end changed people's sessions and audit every change.
 */
@Controller
class PeoplePagesController {

	private final UserAdminService users;

	private final TeamAdminService teams;

	private final Validator validator;

	private final PagePanels panels;

	PeoplePagesController(UserAdminService users, TeamAdminService teams, Validator validator, PagePanels panels) {
		this.users = users;
		this.teams = teams;
		this.validator = validator;
		this.panels = panels;
	}

	@GetMapping("/admin/people")
	String list(Authentication authentication, Model model) {
		PeopleForm empty = new PeopleForm(Map.of(), Set.of(Role.RESPONDER), Set.of(), Map.of());
		return listPage(Actor.of(authentication), empty, model);
	}

	/** Creates the person, then puts them into the ticked teams. */
	@PostMapping("/admin/people")
	String create(@RequestParam MultiValueMap<String, String> values, Authentication authentication, Model model,
			RedirectAttributes redirect) {
		Actor actor = Actor.of(authentication);
		PeopleForm form = PeopleForm.read(values, teamNames(actor));
		UserRequests.Create request = new UserRequests.Create(form.get("username"), form.get("displayName"),
				form.get("email"), values.getFirst("password"), form.roles());
		Map<String, String> errors = new LinkedHashMap<>(form.errors());
		FormErrors.of(validator.validate(request)).forEach(errors::putIfAbsent);
		if (errors.isEmpty()) {
			try {
				UserView created = users.create(actor, request);
				form.teams().forEach(team -> teams.addMember(actor, team, created.username()));
				redirect.addFlashAttribute("notice", created.username() + " can sign in now.");
				return "redirect:/admin/people";
			}
			catch (Failure ex) {
				errors.putAll(FormErrors.of(ex));
				if (errors.isEmpty()) {
					model.addAttribute("problem", FormErrors.problem(ex));
				}
			}
		}
		if (model.getAttribute("problem") == null) {
			model.addAttribute("problem", "The new person needs your attention; nobody was added.");
		}
		return listPage(actor, new PeopleForm(form.values(), form.roles(), form.teams(), errors), model);
	}

	@GetMapping("/admin/people/{username}")
	String edit(@PathVariable("username") String username, Authentication authentication, Model model) {
		Actor actor = Actor.of(authentication);
		UserView user = users.get(actor, username);
		Map<String, String> values = new LinkedHashMap<>();
		values.put("displayName", user.displayName());
		values.put("email", user.email());
		return editPage(actor, user,
				new PeopleForm(values, Set.copyOf(user.roles()), Set.copyOf(user.teams()), Map.of()), model);
	}

	/**
	 * Saves name, email, roles and (when given) a new password, then adds and removes
	 * team memberships to match the ticks.
	 */
	@PostMapping("/admin/people/{username}")
	String update(@PathVariable("username") String username, @RequestParam MultiValueMap<String, String> values,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		Actor actor = Actor.of(authentication);
		UserView before = users.get(actor, username);
		PeopleForm form = PeopleForm.read(values, teamNames(actor));
		String password = values.getFirst("password");
		UserRequests.Update request = new UserRequests.Update(form.get("displayName"), form.get("email"),
				password == null || password.isEmpty() ? null : password, form.roles());
		Map<String, String> errors = new LinkedHashMap<>(form.errors());
		FormErrors.of(validator.validate(request)).forEach(errors::putIfAbsent);
		if (errors.isEmpty()) {
			try {
				users.update(actor, username, request);
				Set<String> leaving = new TreeSet<>(before.teams());
				leaving.removeAll(form.teams());
				leaving.forEach(team -> teams.removeMember(actor, team, username));
				form.teams().forEach(team -> teams.addMember(actor, team, username));
				redirect.addFlashAttribute("notice", username + " saved.");
				return "redirect:/admin/people";
			}
			catch (Failure ex) {
				errors.putAll(FormErrors.of(ex));
				if (errors.isEmpty()) {
					model.addAttribute("problem", FormErrors.problem(ex));
				}
			}
		}
		if (model.getAttribute("problem") == null) {
			model.addAttribute("problem", "The form needs your attention; nothing was saved.");
		}
		return editPage(actor, before, new PeopleForm(form.values(), form.roles(), form.teams(), errors), model);
	}

	/**
	 * Asks before disabling, naming what breaks: this feature's own part (sign-in,
	 * sessions, tokens, teams) and what other features add (their claimed tasks, their
	 * turns on on-call schedules) through the {@code DISABLE_PERSON} panels. Works
	 * without scripts: it is a page, its button the form that disables.
	 */
	@GetMapping("/admin/people/{username}/disable")
	String confirmDisable(@PathVariable("username") String username, Authentication authentication, Model model) {
		UserView user = users.get(Actor.of(authentication), username);
		List<String> breaks = new ArrayList<>();
		breaks.add(user.username() + " is signed out everywhere at once and can no longer sign in"
				+ (user.singleSignOn() ? ", by password or single sign-on." : "."));
		breaks.add("Their personal API tokens stop working.");
		if (!user.teams().isEmpty()) {
			breaks.add("They stay listed in " + String.join(", ", user.teams())
					+ ", but paging skips them: a disabled person is never paged.");
		}
		breaks.add("Enabling them again later gives the sign-in back; nothing else changes on its own.");
		model.addAttribute("page", "people");
		model.addAttribute("confirmation", new Confirmation("Disable " + username + "?",
				"What disabling " + user.displayName() + " (" + username + ") breaks:", breaks,
				panels.of(PagePanel.DISABLE_PERSON, username, authentication), "/admin/people/" + username + "/disable",
				"Yes, disable " + username, "/admin/people", "People", "Keep them enabled"));
		return Confirmation.VIEW;
	}

	/**
	 * Disabling ends the person's sessions at once; the last admin cannot be disabled.
	 */
	@PostMapping("/admin/people/{username}/{action:disable|enable|unlock}")
	String change(@PathVariable("username") String username, @PathVariable("action") String action,
			Authentication authentication, RedirectAttributes redirect) {
		Actor actor = Actor.of(authentication);
		try {
			switch (action) {
				case "disable" -> users.disable(actor, username);
				case "enable" -> users.enable(actor, username);
				default -> users.unlock(actor, username);
			}
			redirect.addFlashAttribute("notice", username + " " + action + (action.endsWith("e") ? "d." : "ed."));
		}
		catch (Failure ex) {
			redirect.addFlashAttribute("problem", FormErrors.problem(ex));
		}
		return "redirect:/admin/people";
	}

	private List<String> teamNames(Actor actor) {
		return teams.list(actor).stream().map(Team::name).toList();
	}

	private String listPage(Actor actor, PeopleForm form, Model model) {
		model.addAttribute("page", "people");
		model.addAttribute("people", users.list(actor));
		return withForm(actor, form, model, "security/people");
	}

	private String editPage(Actor actor, UserView user, PeopleForm form, Model model) {
		model.addAttribute("page", "people");
		model.addAttribute("user", user);
		return withForm(actor, form, model, "security/person");
	}

	private String withForm(Actor actor, PeopleForm form, Model model, String view) {
		model.addAttribute("roles", List.of(Role.values()));
		model.addAttribute("teams", teams.list(actor));
		model.addAttribute("values", form.values());
		model.addAttribute("chosenRoles", form.roleNames());
		model.addAttribute("chosenTeams", form.teams());
		model.addAttribute("errors", form.errors());
		return view;
	}

}
