package dev.firebreak.admin.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.firebreak.admin.ServiceAdminService;
import dev.firebreak.admin.ServiceRequests;
import dev.firebreak.failure.Failure;
import dev.firebreak.incident.IncidentQueries;
import dev.firebreak.incident.MonitoredService;
import dev.firebreak.security.Actor;
import dev.firebreak.security.TeamDirectory;
import dev.firebreak.web.Confirmation;
import dev.firebreak.web.FormErrors;
import dev.firebreak.web.FormValues;
import dev.firebreak.web.PagePanel;
import dev.firebreak.web.PagePanels;
import jakarta.validation.Validator;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins keep the service catalogue. The admin service checks the role, the team and the
 * name, and audits every change, as it does for the API.
 */
@Controller
class ServicePagesController {

	private final ServiceAdminService services;

	private final TeamDirectory teams;

	private final Validator validator;

	private final IncidentQueries incidents;

	private final PagePanels panels;

	private final Clock clock;

	ServicePagesController(ServiceAdminService services, TeamDirectory teams, Validator validator,
			IncidentQueries incidents, PagePanels panels, Clock clock) {
		this.services = services;
		this.teams = teams;
		this.validator = validator;
		this.incidents = incidents;
		this.panels = panels;
		this.clock = clock;
	}

	@GetMapping("/admin/services")
	String list(Model model) {
		return listPage(Map.of("tier", "2", "uptimeTarget", MonitoredService.DEFAULT_UPTIME_TARGET.toPlainString()),
				Map.of(), model);
	}

	@PostMapping("/admin/services")
	String create(@RequestParam Map<String, String> values, Authentication authentication, Model model,
			RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		ServiceRequests.Create request = new ServiceRequests.Create(values.get("name"),
				FormValues.integer(values.get("tier"), "tier", errors), values.get("owningTeam"),
				FormValues.decimal(values.get("uptimeTarget"), "uptimeTarget", errors));
		FormErrors.of(validator.validate(request)).forEach(errors::putIfAbsent);
		if (errors.isEmpty()) {
			try {
				MonitoredService created = services.create(Actor.of(authentication), request);
				redirect.addFlashAttribute("notice", "Service " + created.name() + " added.");
				return "redirect:/admin/services";
			}
			catch (Failure ex) {
				errors.putAll(FormErrors.of(ex));
				if (errors.isEmpty()) {
					model.addAttribute("problem", FormErrors.problem(ex));
				}
			}
		}
		if (model.getAttribute("problem") == null) {
			model.addAttribute("problem", "The new service needs your attention; nothing was added.");
		}
		return listPage(values, errors, model);
	}

	@GetMapping("/admin/services/{name}")
	String edit(@PathVariable("name") String name, Model model) {
		MonitoredService service = services.get(name);
		return editPage(service, Map.of("tier", String.valueOf(service.tier()), "owningTeam", service.owningTeam(),
				"uptimeTarget", service.uptimeTarget().toPlainString()), Map.of(), model);
	}

	@PostMapping("/admin/services/{name}")
	String update(@PathVariable("name") String name, @RequestParam Map<String, String> values,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		ServiceRequests.Update request = new ServiceRequests.Update(
				FormValues.integer(values.get("tier"), "tier", errors), values.get("owningTeam"),
				FormValues.decimal(values.get("uptimeTarget"), "uptimeTarget", errors));
		FormErrors.of(validator.validate(request)).forEach(errors::putIfAbsent);
		if (errors.isEmpty()) {
			try {
				services.update(Actor.of(authentication), name, request);
				redirect.addFlashAttribute("notice", "Service " + name + " saved.");
				return "redirect:/admin/services";
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
		return editPage(services.get(name), values, errors, model);
	}

	/**
	 * Asks before disabling, naming what changes: nobody can report on it any more,
	 * alerts naming it still open incidents, its open incidents carry on; other features
	 * add theirs through the {@code DISABLE_SERVICE} panels. A page, so it works without
	 * scripts.
	 */
	@GetMapping("/admin/services/{name}/disable")
	String confirmDisable(@PathVariable("name") String name, Authentication authentication, Model model) {
		MonitoredService service = services.get(name);
		Instant now = clock.instant();
		int open = incidents.unresolvedDuring(List.of(name), now, now.plusMillis(1)).size();
		List<String> breaks = new ArrayList<>();
		breaks.add("Nobody can report an incident on " + name + " any more: it leaves the report form.");
		breaks.add("Alerts that name it still open incidents on it, so monitoring is not silenced; use a silence or a"
				+ " maintenance window for that.");
		breaks.add(open == 0 ? "It has no unresolved incidents." : (open == 1 ? "Its 1 unresolved incident carries on"
				: "Its " + open + " unresolved incidents carry on") + " through the route as before.");
		model.addAttribute("page", "services");
		model.addAttribute("confirmation", new Confirmation("Disable " + name + "?",
				"What disabling " + name + " (team " + service.owningTeam() + ") changes:", breaks,
				panels.of(PagePanel.DISABLE_SERVICE, name, authentication), "/admin/services/" + name + "/disable",
				"Yes, disable " + name, "/admin/services", "Services", "Keep it enabled"));
		return Confirmation.VIEW;
	}

	/** A disabled service takes no new incidents; open ones carry on. */
	@PostMapping("/admin/services/{name}/disable")
	String disable(@PathVariable("name") String name, Authentication authentication, RedirectAttributes redirect) {
		services.disable(Actor.of(authentication), name);
		redirect.addFlashAttribute("notice", "Service " + name + " disabled: it takes no new incidents.");
		return "redirect:/admin/services";
	}

	@PostMapping("/admin/services/{name}/enable")
	String enable(@PathVariable("name") String name, Authentication authentication, RedirectAttributes redirect) {
		services.enable(Actor.of(authentication), name);
		redirect.addFlashAttribute("notice", "Service " + name + " enabled.");
		return "redirect:/admin/services";
	}

	private String listPage(Map<String, String> values, Map<String, String> errors, Model model) {
		model.addAttribute("page", "services");
		model.addAttribute("services", services.list(true));
		model.addAttribute("teams", teams.activeTeams());
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		return "admin/services";
	}

	private String editPage(MonitoredService service, Map<String, String> values, Map<String, String> errors,
			Model model) {
		model.addAttribute("page", "services");
		model.addAttribute("service", service);
		model.addAttribute("teams", teams.activeTeams());
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		return "admin/service";
	}

}
