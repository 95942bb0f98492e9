package dev.firebreak.status.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.firebreak.failure.Failure;
import dev.firebreak.incident.MonitoredService;
import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.security.Actor;
import dev.firebreak.security.Role;
import dev.firebreak.status.StatusComponent;
import dev.firebreak.status.StatusComponents;
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
 * The admins' page for the status page's components: list, add, change (name,
 * description, position, which services they group) and delete. The checks are the API's
 * ({@link StatusComponents}); {@code /admin/**} is for admins, and the service refuses
 * everyone else whatever they send.
 */
@Controller
class StatusComponentPagesController {

	private static final String PATH = "/admin/status-components";

	private final StatusComponents components;

	private final ServiceCatalogue catalogue;

	StatusComponentPagesController(StatusComponents components, ServiceCatalogue catalogue) {
		this.components = components;
		this.catalogue = catalogue;
	}

	@GetMapping(PATH)
	String list(@RequestParam(name = "edit", required = false) Long edit, Authentication authentication, Model model) {
		Actor.of(authentication).requireAnyRole("change the status page", Role.ADMIN);
		Map<String, Object> values = new HashMap<>();
		if (edit != null) {
			StatusComponent component = components.get(edit);
			values.put("name", component.name());
			values.put("description", component.description());
			values.put("position", String.valueOf(component.position()));
			values.put("services", component.services());
		}
		return page(edit, values, Map.of(), model);
	}

	@PostMapping(PATH)
	String create(@RequestParam Map<String, String> form,
			@RequestParam(name = "services", required = false) List<String> services, Authentication authentication,
			Model model, RedirectAttributes redirect) {
		return save(null, form, services, authentication, model, redirect);
	}

	@PostMapping(PATH + "/{id}")
	String update(@PathVariable("id") long id, @RequestParam Map<String, String> form,
			@RequestParam(name = "services", required = false) List<String> services, Authentication authentication,
			Model model, RedirectAttributes redirect) {
		return save(id, form, services, authentication, model, redirect);
	}

	@PostMapping(PATH + "/{id}/delete")
	String delete(@PathVariable("id") long id, Authentication authentication, RedirectAttributes redirect) {
		String name = components.get(id).name();
		components.delete(Actor.of(authentication), id);
		redirect.addFlashAttribute("notice", "Component " + name + " is off the status page.");
		return "redirect:" + PATH;
	}

	private String save(Long id, Map<String, String> form, List<String> services, Authentication authentication,
			Model model, RedirectAttributes redirect) {
		List<String> chosen = services == null ? List.of() : services;
		Integer position = null;
		Map<String, String> errors = new LinkedHashMap<>();
		String rawPosition = form.getOrDefault("position", "").strip();
		if (!rawPosition.isEmpty()) {
			try {
				position = Integer.valueOf(rawPosition);
			}
			catch (NumberFormatException ex) {
				errors.put("position", "Must be a whole number.");
			}
		}
		if (errors.isEmpty()) {
			StatusComponents.Request request = new StatusComponents.Request(form.get("name"), form.get("description"),
					position, chosen);
			try {
				StatusComponent saved = (id == null) ? components.create(Actor.of(authentication), request)
						: components.update(Actor.of(authentication), id, request);
				redirect.addFlashAttribute("notice", "Component " + saved.name() + " is saved.");
				return "redirect:" + PATH;
			}
			catch (Failure ex) {
				errors.putAll(FormErrors.of(ex));
				if (errors.isEmpty()) {
					model.addAttribute("problem", FormErrors.problem(ex));
				}
			}
		}
		if (!model.containsAttribute("problem")) {
			model.addAttribute("problem", "Some fields need your attention; nothing was saved.");
		}
		Map<String, Object> values = new HashMap<>(form);
		values.put("services", chosen);
		return page(id, values, errors, model);
	}

	private String page(Long edit, Map<String, Object> values, Map<String, String> errors, Model model) {
		model.addAttribute("page", "status-components");
		model.addAttribute("components", components.list());
		model.addAttribute("services",
				catalogue.all()
					.stream()
					.filter(MonitoredService::enabled)
					.map(MonitoredService::name)
					.sorted()
					.toList());
		model.addAttribute("edit", edit);
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		return "status/components";
	}

}
