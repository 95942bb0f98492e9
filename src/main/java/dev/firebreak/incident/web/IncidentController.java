package dev.firebreak.incident.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.firebreak.admin.ServiceAdminService;
import dev.firebreak.failure.Failure;
import dev.firebreak.incident.Impact;
import dev.firebreak.incident.IncidentPage;
import dev.firebreak.incident.IncidentStatus;
import dev.firebreak.incident.NewIncident;
import dev.firebreak.incident.Priority;
import dev.firebreak.incident.Severity;
import dev.firebreak.security.Actor;
import dev.firebreak.task.IncidentDetail;
import dev.firebreak.task.IncidentSummary;
import dev.firebreak.task.VisibleIncidents;
import dev.firebreak.web.FormErrors;
import dev.firebreak.web.FormValues;
import jakarta.validation.Validator;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The incident list, an incident's page, and reporting a new one. */
@Controller
class IncidentController {

	private static final int PAGE_SIZE = 25;

	private final IncidentWorkService incidents;

	private final VisibleIncidents visible;

	private final IncidentPages pages;

	private final ServiceAdminService services;

	private final Validator validator;

	IncidentController(IncidentWorkService incidents, VisibleIncidents visible, IncidentPages pages,
			ServiceAdminService services, Validator validator) {
		this.incidents = incidents;
		this.visible = visible;
		this.pages = pages;
		this.services = services;
		this.validator = validator;
	}

	/**
	 * Responders see their teams' incidents only; the service applies that rule. A page
	 * past the end (an old link, a hand-edited address) leads to the last page.
	 */
	@GetMapping("/incidents")
	String list(@RequestParam(name = "status", required = false) IncidentStatus status,
			@RequestParam(name = "priority", required = false) Priority priority,
			@RequestParam(name = "page", defaultValue = "0") int page, Authentication authentication, Model model) {
		IncidentPage result = visible.search(status, priority, null, null, null, null, Math.max(page, 0), PAGE_SIZE,
				Actor.of(authentication));
		int pages = (int) Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
		if (page >= pages) {
			return "redirect:" + UriComponentsBuilder.fromPath("/incidents")
				.queryParamIfPresent("status", Optional.ofNullable(status))
				.queryParamIfPresent("priority", Optional.ofNullable(priority))
				.queryParamIfPresent("page", Optional.of(pages - 1).filter(last -> last > 0))
				.build()
				.toUriString();
		}
		List<IncidentSummary> rows = result.items().stream().map(IncidentSummary::of).toList();
		model.addAttribute("page", "incidents");
		model.addAttribute("rows", rows);
		model.addAttribute("status", status);
		model.addAttribute("priority", priority);
		model.addAttribute("statuses", List.of(IncidentStatus.values()));
		model.addAttribute("priorities", List.of(Priority.values()));
		model.addAttribute("pageNumber", result.page());
		model.addAttribute("pages", pages);
		model.addAttribute("total", result.total());
		model.addAttribute("hasNext", (long) (result.page() + 1) * result.size() < result.total());
		return "incident/incidents";
	}

	@GetMapping("/incidents/{number}")
	String incident(@PathVariable("number") String number,
			@RequestParam(name = "suggested", defaultValue = "false") boolean suggested, Authentication authentication,
			Model model) {
		return pages.show(number, authentication, null, Map.of(), Map.of(), suggested, model);
	}

	@GetMapping("/incidents/new")
	String reportForm(Model model) {
		return reportPage(new HashMap<>(), Map.of(), model);
	}

	/**
	 * Starts the route, as the API's report does; the answer is the new incident's page.
	 */
	@PostMapping("/incidents")
	String report(@RequestParam Map<String, String> values, Authentication authentication, Model model,
			RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		IncidentRequests.Report report = new IncidentRequests.Report(values.get("title"),
				blankToNull(values.get("description")), values.get("service"),
				FormValues.option(Severity.class, values.get("severity"), "severity", errors),
				FormValues.option(Impact.class, values.get("impact"), "impact", errors));
		FormErrors.of(validator.validate(report)).forEach(errors::putIfAbsent);
		if (errors.isEmpty()) {
			try {
				IncidentDetail incident = incidents.report(new NewIncident(report.title(), report.description(),
						report.service(), report.severity(), report.impact()), Actor.of(authentication));
				redirect.addFlashAttribute("notice", "Reported as " + incident.number() + ", priority "
						+ incident.priority() + ". Team " + incident.team() + " has it in their queue.");
				return "redirect:/incidents/" + incident.number();
			}
			catch (Failure ex) {
				errors.putAll(FormErrors.of(ex));
				if (errors.isEmpty()) {
					throw ex;
				}
			}
		}
		model.addAttribute("problem", "Some fields need your attention; nothing was reported yet.");
		return reportPage(values, errors, model);
	}

	private String reportPage(Map<String, String> values, Map<String, String> errors, Model model) {
		model.addAttribute("page", "report");
		model.addAttribute("services", services.list(false));
		model.addAttribute("severities", List.of(Severity.values()));
		model.addAttribute("impacts", List.of(Impact.values()));
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		return "incident/report";
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
