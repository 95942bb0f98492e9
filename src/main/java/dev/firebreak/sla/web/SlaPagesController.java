package dev.firebreak.sla.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.firebreak.failure.Failure;
import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.sla.SlaPolicies;
import dev.firebreak.sla.SlaPolicy;
import dev.firebreak.sla.SlaPolicyRequest;
import dev.firebreak.sla.Waiting;
import dev.firebreak.sla.WaitingReason;
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
 * The admins' SLA policies page ({@code /admin/sla}: policies and calendars, adding and
 * deleting policies), and the incident page's waiting buttons.
 */
@Controller
class SlaPagesController {

	private final SlaPolicies policies;

	private final Waiting waiting;

	private final ServiceCatalogue catalogue;

	SlaPagesController(SlaPolicies policies, Waiting waiting, ServiceCatalogue catalogue) {
		this.policies = policies;
		this.waiting = waiting;
		this.catalogue = catalogue;
	}

	@GetMapping("/admin/sla")
	String page(Model model) {
		return page(new HashMap<>(Map.of("measure", "CALENDAR_TIME")), Map.of(), model);
	}

	@PostMapping("/admin/sla/policies")
	String create(@RequestParam Map<String, String> values, Authentication authentication, Model model,
			RedirectAttributes redirect) {
		Map<String, String> errors = new HashMap<>();
		Integer tier = null;
		try {
			tier = blank(values.get("tier")) ? null : Integer.valueOf(values.get("tier"));
		}
		catch (NumberFormatException ex) {
			errors.put("tier", "Must be 1, 2 or 3.");
		}
		if (errors.isEmpty()) {
			try {
				SlaPolicy policy = policies.create(
						new SlaPolicyRequest(values.get("name"), values.get("service"), tier, values.get("priority"),
								values.get("acknowledgeWithin"), values.get("resolveWithin"), values.get("measure"),
								blank(values.get("calendarId")) ? null : Long.valueOf(values.get("calendarId")),
								"on".equals(values.get("pauseDuringMaintenance"))),
						authentication);
				redirect.addFlashAttribute("notice", "SLA policy " + policy.name() + " added.");
				return "redirect:/admin/sla";
			}
			catch (Failure ex) {
				errors.putAll(FormErrors.of(ex));
				if (errors.isEmpty()) {
					model.addAttribute("problem", FormErrors.problem(ex));
				}
			}
		}
		if (model.getAttribute("problem") == null) {
			model.addAttribute("problem", "The policy needs your attention; nothing was added.");
		}
		return page(values, errors, model);
	}

	@PostMapping("/admin/sla/policies/{id}/delete")
	String delete(@PathVariable("id") long id, Authentication authentication, RedirectAttributes redirect) {
		SlaPolicy policy = policies.policy(id);
		policies.delete(id, authentication);
		redirect.addFlashAttribute("notice", "SLA policy " + policy.name() + " deleted.");
		return "redirect:/admin/sla";
	}

	@PostMapping("/incidents/{number}/waiting")
	String startWaiting(@PathVariable("number") String number, @RequestParam("reason") WaitingReason reason,
			@RequestParam(name = "note", required = false) String note, Authentication authentication,
			RedirectAttributes redirect) {
		waiting.start(number, reason, note, authentication);
		redirect.addFlashAttribute("notice",
				number + " waits " + (reason == WaitingReason.THIRD_PARTY ? "on a third party" : "on its reporter")
						+ ": its SLA clocks are paused.");
		return "redirect:/incidents/" + number;
	}

	@PostMapping("/incidents/{number}/waiting/end")
	String endWaiting(@PathVariable("number") String number, Authentication authentication,
			RedirectAttributes redirect) {
		waiting.end(number, authentication);
		redirect.addFlashAttribute("notice", number + " no longer waits: its SLA clocks run again.");
		return "redirect:/incidents/" + number;
	}

	private String page(Map<String, String> values, Map<String, String> errors, Model model) {
		model.addAttribute("page", "sla");
		model.addAttribute("policies", policies.policies());
		model.addAttribute("calendars", policies.calendars());
		model.addAttribute("services", catalogue.all());
		model.addAttribute("priorities", List.of("P1", "P2", "P3", "P4"));
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		return "sla/policies";
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
