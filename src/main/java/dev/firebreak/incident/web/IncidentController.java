package dev.firebreak.incident.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.firebreak.admin.ServiceAdminService;
import dev.firebreak.failure.Failure;
import dev.firebreak.failure.FieldError;
import dev.firebreak.failure.InvalidInput;
import dev.firebreak.incident.Impact;
import dev.firebreak.incident.IncidentPage;
import dev.firebreak.incident.IncidentStatus;
import dev.firebreak.incident.NewIncident;
import dev.firebreak.incident.Priority;
import dev.firebreak.incident.Severity;
import dev.firebreak.security.Actor;
import dev.firebreak.security.TeamDirectory;
import dev.firebreak.task.IncidentDetail;
import dev.firebreak.task.IncidentSearch;
import dev.firebreak.task.IncidentSearchFilters;
import dev.firebreak.task.IncidentSummary;
import dev.firebreak.task.VisibleIncidents;
import dev.firebreak.web.FormErrors;
import dev.firebreak.web.Formats;
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

	private static final List<String> FILTERS = List.of("status", "priority", "q", "service", "team", "from", "to");

	private final IncidentWorkService incidents;

	private final VisibleIncidents visible;

	private final IncidentPages pages;

	private final ServiceAdminService services;

	private final Validator validator;

	private final IncidentSearchFilters filters;

	private final TeamDirectory teams;

	IncidentController(IncidentWorkService incidents, VisibleIncidents visible, IncidentPages pages,
			ServiceAdminService services, Validator validator, IncidentSearchFilters filters, TeamDirectory teams) {
		this.incidents = incidents;
		this.filters = filters;
		this.teams = teams;
		this.visible = visible;
		this.pages = pages;
		this.services = services;
		this.validator = validator;
	}

	/**
	 * Responders see their teams' incidents only; the service applies that rule. Every
	 * filter is checked first and all wrong ones are shown at once, with no list. A page
	 * past the end (an old link, a hand-edited address) leads to the last page.
	 */
	@GetMapping("/incidents")
	String list(@RequestParam Map<String, String> values, Authentication authentication, Model model) {
		Map<String, String> shown = shownFilters(values);
		List<FieldError> problems = new ArrayList<>();
		IncidentSearch search = filters.read(shown, Formats.zone(), problems);
		Map<String, String> errors = problems.isEmpty() ? Map.of() : FormErrors.of(new InvalidInput(problems));
		model.addAttribute("page", "incidents");
		model.addAttribute("values", shown);
		model.addAttribute("errors", errors);
		model.addAttribute("statuses", List.of(IncidentStatus.values()));
		model.addAttribute("priorities", List.of(Priority.values()));
		model.addAttribute("services", services.list(true));
		model.addAttribute("teams", teams.allTeams());
		if (!errors.isEmpty()) {
			model.addAttribute("problem", "Some filters need your attention; nothing was searched.");
			model.addAttribute("rows", List.of());
			return "incident/incidents";
		}
		// a hand-edited page number that cannot be read is the first page
		Integer asked = FormValues.integer(values.get("page"), "page", new HashMap<>());
		int page = asked == null ? 0 : Math.max(asked, 0);
		IncidentPage result = visible.search(search.status(), search.priority(), search.service(), search.team(),
				search.from(), search.to(), search.text(), page, PAGE_SIZE, Actor.of(authentication));
		int pages = (int) Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
		if (page >= pages) {
			return "redirect:" + link(shown, pages - 1);
		}
		model.addAttribute("rows", result.items().stream().map(IncidentSummary::of).toList());
		model.addAttribute("pageNumber", result.page());
		model.addAttribute("pages", pages);
		model.addAttribute("total", result.total());
		model.addAttribute("newer", page > 0 ? link(shown, page - 1) : null);
		model.addAttribute("older",
				(long) (result.page() + 1) * result.size() < result.total() ? link(shown, page + 1) : null);
		return "incident/incidents";
	}

	/**
	 * The filters as sent, trimmed, so that a form with a mistake comes back as it was.
	 */
	private static Map<String, String> shownFilters(Map<String, String> values) {
		Map<String, String> shown = new LinkedHashMap<>();
		for (String name : FILTERS) {
			String value = values.get(name);
			shown.put(name, value == null || value.isBlank() ? null : value.trim());
		}
		return shown;
	}

	/** The list with these filters: a stable address to paste into a chat. */
	private static String link(Map<String, String> shown, int page) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/incidents");
		shown.forEach((name, value) -> {
			if (value != null) {
				link.queryParam(name, value);
			}
		});
		if (page > 0) {
			link.queryParam("page", page);
		}
		return link.encode().build().toUriString();
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
