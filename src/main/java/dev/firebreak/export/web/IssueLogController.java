package dev.firebreak.export.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.firebreak.admin.ServiceAdminService;
import dev.firebreak.export.ExportFilters;
import dev.firebreak.export.ExportJob;
import dev.firebreak.export.ExportJobs;
import dev.firebreak.export.IssueLogExports;
import dev.firebreak.failure.Failure;
import dev.firebreak.failure.FieldError;
import dev.firebreak.failure.InvalidInput;
import dev.firebreak.incident.IncidentPage;
import dev.firebreak.incident.IncidentStatus;
import dev.firebreak.incident.Priority;
import dev.firebreak.security.Actor;
import dev.firebreak.security.TeamDirectory;
import dev.firebreak.task.IncidentSearchFilters;
import dev.firebreak.task.IncidentSummary;
import dev.firebreak.task.VisibleIncidents;
import dev.firebreak.web.FormErrors;
import dev.firebreak.web.Formats;
import dev.firebreak.web.FormValues;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The auditors' issue log: the incidents an export with these filters would hold, and the
 * button that starts that export. Filters are checked by the export feature's own rules,
 * and the export is started through its job service, so the permission rules and the
 * audit record are the API's.
 */
@Controller
class IssueLogController {

	private static final int PAGE_SIZE = 25;

	private final VisibleIncidents incidents;

	private final IssueLogExports exports;

	private final ExportJobs jobs;

	private final ServiceAdminService services;

	private final TeamDirectory teams;

	private final IncidentSearchFilters search;

	IssueLogController(VisibleIncidents incidents, IssueLogExports exports, ExportJobs jobs,
			ServiceAdminService services, TeamDirectory teams, IncidentSearchFilters search) {
		this.search = search;
		this.incidents = incidents;
		this.exports = exports;
		this.jobs = jobs;
		this.services = services;
		this.teams = teams;
	}

	@GetMapping("/issue-log")
	String search(@RequestParam Map<String, String> values, Authentication authentication, Model model) {
		Actor actor = Actor.of(authentication);
		IssueLogExports.requireMayExport(actor);
		IssueLogFilters typed = IssueLogFilters.of(values);
		Map<String, String> errors = new LinkedHashMap<>();
		ExportFilters filters = checked(typed, errors);
		if (errors.isEmpty()) {
			int page = pageNumber(values.get("page"));
			IncidentPage result = incidents.search(filters.status(), filters.priority(), filters.service(),
					filters.team(), filters.from(), filters.to(), filters.text(), page, PAGE_SIZE, actor);
			int pages = (int) Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
			if (page >= pages) {
				// past the end (an old link, a hand-edited address): the last page
				return "redirect:" + typed.link(pages - 1);
			}
			model.addAttribute("pages", pages);
			model.addAttribute("rows", result.items().stream().map(IncidentSummary::of).toList());
			model.addAttribute("total", result.total());
			model.addAttribute("pageNumber", result.page());
			model.addAttribute("newer", page > 0 ? typed.link(page - 1) : null);
			model.addAttribute("older", (long) (page + 1) * PAGE_SIZE < result.total() ? typed.link(page + 1) : null);
		}
		else {
			model.addAttribute("problem", "Some filters need your attention; nothing was searched.");
		}
		return page(typed, errors, model);
	}

	/**
	 * Starts an export job of the filters shown, then opens its page, which follows the
	 * progress.
	 */
	@PostMapping("/exports")
	String export(@RequestParam Map<String, String> values, Authentication authentication, Model model) {
		Actor actor = Actor.of(authentication);
		IssueLogFilters typed = IssueLogFilters.of(values);
		Map<String, String> errors = new LinkedHashMap<>();
		ExportFilters filters = checked(typed, errors);
		if (errors.isEmpty()) {
			try {
				ExportJob job = jobs.start(filters, actor);
				return "redirect:/exports/" + job.id();
			}
			catch (Failure ex) {
				errors.putAll(fieldsOf(ex));
			}
		}
		model.addAttribute("problem", "Some filters need your attention; nothing was exported.");
		return page(typed, errors, model);
	}

	/**
	 * Read by the incident search's reader, every filter at once, then the export's own
	 * checks.
	 */
	private ExportFilters checked(IssueLogFilters typed, Map<String, String> errors) {
		List<FieldError> problems = new ArrayList<>();
		ExportFilters filters = ExportFilters.of(search.read(typed.values(), Formats.zone(), problems));
		if (!problems.isEmpty()) {
			errors.putAll(FormErrors.of(new InvalidInput(problems)));
			return filters;
		}
		try {
			exports.validate(filters);
		}
		catch (Failure ex) {
			errors.putAll(fieldsOf(ex));
		}
		return filters;
	}

	/**
	 * A refusal that names no field is not the form's business: the error page shows it.
	 */
	private static Map<String, String> fieldsOf(Failure ex) {
		Map<String, String> fields = FormErrors.of(ex);
		if (fields.isEmpty()) {
			throw ex;
		}
		return fields;
	}

	/** A hand-edited page number that cannot be read is the first page. */
	private static int pageNumber(String value) {
		Integer page = FormValues.integer(value, "page", new LinkedHashMap<>());
		return page == null ? 0 : Math.max(page, 0);
	}

	private String page(IssueLogFilters typed, Map<String, String> errors, Model model) {
		model.addAttribute("page", "issue-log");
		model.addAttribute("values", typed.values());
		model.addAttribute("errors", errors);
		model.addAttribute("services", services.list(true));
		model.addAttribute("teams", teams.allTeams());
		model.addAttribute("statuses", List.of(IncidentStatus.values()));
		model.addAttribute("priorities", List.of(Priority.values()));
		return "export/issue-log";
	}

}
