package dev.firebreak.probe.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.firebreak.admin.ServiceAdminService;
import dev.firebreak.failure.Failure;
import dev.firebreak.probe.ProbeMethod;
import dev.firebreak.probe.ProbeRequest;
import dev.firebreak.probe.Probes;
import dev.firebreak.security.Actor;
import dev.firebreak.security.Role;
import dev.firebreak.web.FormErrors;
import dev.firebreak.web.FormValues;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins list, add and delete built-in HTTP probes. The probe service checks every field
 * (and the rules between them) as it does for the API; blank optional fields take the
 * same defaults.
 */
@Controller
class ProbePagesController {

	private final Probes probes;

	private final ServiceAdminService services;

	ProbePagesController(Probes probes, ServiceAdminService services) {
		this.probes = probes;
		this.services = services;
	}

	/** As for integrations: the probe service leaves the role to its door. */
	@ModelAttribute
	void adminsOnly(Authentication authentication) {
		Actor.of(authentication).requireAnyRole("manage probes", Role.ADMIN);
	}

	@GetMapping("/admin/probes")
	String list(Model model) {
		return listPage(Map.of("method", "GET", "intervalSeconds", "60", "timeoutMs", "5000", "expectedStatusMin",
				"200", "expectedStatusMax", "399", "failuresBeforeAlert", "3"), Map.of(), model);
	}

	@PostMapping("/admin/probes")
	String create(@RequestParam Map<String, String> values, Authentication authentication, Model model,
			RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		ProbeRequest request = new ProbeRequest(values.get("name"), values.get("url"),
				FormValues.option(ProbeMethod.class, values.get("method"), "method", errors),
				FormValues.integer(values.get("intervalSeconds"), "intervalSeconds", errors),
				FormValues.integer(values.get("timeoutMs"), "timeoutMs", errors),
				FormValues.integer(values.get("expectedStatusMin"), "expectedStatusMin", errors),
				FormValues.integer(values.get("expectedStatusMax"), "expectedStatusMax", errors), values.get("keyword"),
				FormValues.integer(values.get("failuresBeforeAlert"), "failuresBeforeAlert", errors),
				values.get("service"), true);
		if (errors.isEmpty()) {
			try {
				String name = probes.create(request, Actor.of(authentication).username()).probe().name();
				redirect.addFlashAttribute("notice", "Probe " + name + " added; its first check is due now.");
				return "redirect:/admin/probes";
			}
			catch (Failure ex) {
				errors.putAll(FormErrors.of(ex));
				if (errors.isEmpty()) {
					model.addAttribute("problem", FormErrors.problem(ex));
				}
			}
		}
		if (model.getAttribute("problem") == null) {
			model.addAttribute("problem", "The new probe needs your attention; nothing was added.");
		}
		return listPage(values, errors, model);
	}

	/**
	 * Its samples stay for the availability figures; an incident it raised stays open.
	 */
	@PostMapping("/admin/probes/{id}/delete")
	String delete(@PathVariable("id") long id, RedirectAttributes redirect) {
		probes.delete(id);
		redirect.addFlashAttribute("notice", "Probe deleted: it runs no more checks.");
		return "redirect:/admin/probes";
	}

	private String listPage(Map<String, String> values, Map<String, String> errors, Model model) {
		model.addAttribute("page", "probes");
		model.addAttribute("probes", probes.list());
		model.addAttribute("services", services.list(false));
		model.addAttribute("methods", List.of(ProbeMethod.values()));
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		return "probe/probes";
	}

}
