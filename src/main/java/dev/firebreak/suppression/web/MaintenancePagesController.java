package dev.firebreak.suppression.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.firebreak.failure.Failure;
import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.suppression.MaintenanceWindow;
import dev.firebreak.suppression.MaintenanceWindowRequest;
import dev.firebreak.suppression.MaintenanceWindowView;
import dev.firebreak.suppression.MaintenanceWindows;
import dev.firebreak.web.FormErrors;
import dev.firebreak.web.Formats;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Maintenance windows: everyone signed in sees what is planned, ahead of time; managers
 * and admins schedule, change and cancel ({@link MaintenanceWindows} checks it).
 */
@Controller
class MaintenancePagesController {

	private final MaintenanceWindows windows;

	private final ServiceCatalogue catalogue;

	MaintenancePagesController(MaintenanceWindows windows, ServiceCatalogue catalogue) {
		this.windows = windows;
		this.catalogue = catalogue;
	}

	@GetMapping("/maintenance")
	String list(Authentication authentication, Model model) {
		return listPage(new HashMap<>(Map.of("suppressAlerts", "on")), Map.of(), authentication, model);
	}

	@PostMapping("/maintenance")
	String create(@RequestParam Map<String, String> values, Authentication authentication, Model model,
			RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		MaintenanceWindowRequest request = request(values, errors);
		if (errors.isEmpty()) {
			try {
				MaintenanceWindowView window = windows.create(request, authentication);
				redirect.addFlashAttribute("notice",
						"Maintenance window #" + window.id() + " scheduled for " + window.service() + ".");
				return "redirect:/maintenance/" + window.id();
			}
			catch (Failure ex) {
				errors.putAll(PageRules.fieldErrors(ex, row -> row, "endsAt"));
				if (errors.isEmpty()) {
					model.addAttribute("problem", FormErrors.problem(ex));
				}
			}
		}
		if (model.getAttribute("problem") == null) {
			model.addAttribute("problem", "The window needs your attention; nothing was scheduled.");
		}
		return listPage(values, errors, authentication, model);
	}

	@GetMapping("/maintenance/{id}")
	String window(@PathVariable("id") long id, Authentication authentication, Model model) {
		MaintenanceWindowView window = windows.get(id);
		Map<String, String> values = new HashMap<>();
		values.put("service", window.service());
		values.put("startsAt", Formats.field(window.startsAt()));
		values.put("endsAt", Formats.field(window.endsAt()));
		values.put("description", window.description());
		values.put("suppressAlerts", window.suppressAlerts() ? "on" : null);
		return windowPage(window, values, Map.of(), authentication, model);
	}

	@PostMapping("/maintenance/{id}")
	String update(@PathVariable("id") long id, @RequestParam Map<String, String> values, Authentication authentication,
			Model model, RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		MaintenanceWindowRequest request = request(values, errors);
		if (errors.isEmpty()) {
			try {
				windows.update(id, request, authentication);
				redirect.addFlashAttribute("notice", "Maintenance window #" + id + " saved.");
				return "redirect:/maintenance/" + id;
			}
			catch (Failure ex) {
				errors.putAll(PageRules.fieldErrors(ex, row -> row, "endsAt"));
				if (errors.isEmpty()) {
					model.addAttribute("problem", FormErrors.problem(ex));
				}
			}
		}
		if (model.getAttribute("problem") == null) {
			model.addAttribute("problem", "The window needs your attention; nothing was saved.");
		}
		return windowPage(windows.get(id), values, errors, authentication, model);
	}

	@PostMapping("/maintenance/{id}/cancel")
	String cancel(@PathVariable("id") long id, Authentication authentication, RedirectAttributes redirect) {
		MaintenanceWindowView window = windows.cancel(id, authentication);
		redirect.addFlashAttribute("notice",
				"Maintenance window #" + id + " "
						+ (window.state() == MaintenanceWindow.State.CANCELLED ? "cancelled" : "ended")
						+ ": alerts for " + window.service() + " open incidents again.");
		return "redirect:/maintenance/" + id;
	}

	private static MaintenanceWindowRequest request(Map<String, String> values, Map<String, String> errors) {
		return new MaintenanceWindowRequest(values.get("service"),
				PageRules.instant(values.get("startsAt"), "startsAt", errors),
				PageRules.instant(values.get("endsAt"), "endsAt", errors), values.get("description"),
				"on".equals(values.get("suppressAlerts")));
	}

	private String listPage(Map<String, String> values, Map<String, String> errors, Authentication authentication,
			Model model) {
		model.addAttribute("page", "maintenance");
		model.addAttribute("windows", windows.list(null));
		model.addAttribute("mayEdit", windows.mayEdit(authentication));
		model.addAttribute("services", catalogue.all());
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		return "suppression/maintenance";
	}

	private String windowPage(MaintenanceWindowView window, Map<String, String> values, Map<String, String> errors,
			Authentication authentication, Model model) {
		model.addAttribute("page", "maintenance");
		model.addAttribute("window", window);
		model.addAttribute("alerts", windows.alerts(window.id(), 50));
		model.addAttribute("mayEdit",
				windows.mayEdit(authentication) && (window.state() == MaintenanceWindow.State.SCHEDULED
						|| window.state() == MaintenanceWindow.State.IN_PROGRESS));
		model.addAttribute("services", catalogue.all());
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		return "suppression/maintenance-window";
	}

}
