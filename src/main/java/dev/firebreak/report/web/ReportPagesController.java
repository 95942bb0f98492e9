package dev.firebreak.report.web;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.firebreak.failure.Failure;
import dev.firebreak.report.DailyReports;
import dev.firebreak.report.ReportAudience;
import dev.firebreak.report.ReportParameters;
import dev.firebreak.report.SlaReports;
import dev.firebreak.report.Trends;
import dev.firebreak.security.Actor;
import dev.firebreak.web.FormErrors;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The daily performance report and the monthly SLA compliance report as pages, with their
 * workbooks. The report services decide who reads what (responders: their teams' rows),
 * as they do for the API. A day or month that cannot be read, or has no report yet, is
 * said beside the picker, which stays on the page.
 */
@Controller
class ReportPagesController {

	private final DailyReports daily;

	private final SlaReports sla;

	/** Only for "today" in the reports' time zone. */
	private final Trends trends;

	private final dev.firebreak.web.PagePanels panels;

	ReportPagesController(DailyReports daily, SlaReports sla, Trends trends, dev.firebreak.web.PagePanels panels) {
		this.panels = panels;
		this.daily = daily;
		this.sla = sla;
		this.trends = trends;
	}

	@GetMapping("/reports")
	String reports() {
		return "redirect:/reports/daily";
	}

	/** Without a date: yesterday, the newest day that has a report. */
	@GetMapping("/reports/daily")
	String daily(@RequestParam(name = "date", required = false) String date, Authentication authentication,
			Model model) {
		Actor actor = Actor.of(authentication);
		ReportAudience.of(actor);
		String day = date == null || date.isBlank() ? trends.today().minusDays(1).toString() : date.trim();
		model.addAttribute("page", "reports");
		model.addAttribute("date", day);
		Map<String, String> errors = new LinkedHashMap<>();
		try {
			model.addAttribute("report", DailyReportView.of(daily.get(ReportParameters.date("date", day), actor)));
		}
		catch (Failure ex) {
			errors.putAll(refusal(ex, model));
		}
		model.addAttribute("errors", errors);
		return "report/daily";
	}

	/** Without a month: the running one, reported up to now. */
	@GetMapping("/reports/sla")
	String sla(@RequestParam(name = "month", required = false) String month, Authentication authentication,
			Model model) {
		Actor actor = Actor.of(authentication);
		ReportAudience.of(actor);
		String chosen = month == null || month.isBlank() ? YearMonth.from(trends.today()).toString() : month.trim();
		model.addAttribute("page", "reports");
		model.addAttribute("month", chosen);
		Map<String, String> errors = new LinkedHashMap<>();
		try {
			model.addAttribute("report", SlaReportView.of(sla.get(ReportParameters.month("month", chosen), actor)));
			// other features' sections, once the month is valid
			model.addAttribute("panels", panels.of(dev.firebreak.web.PagePanel.MONTHLY_REPORT, chosen, authentication));
		}
		catch (Failure ex) {
			errors.putAll(refusal(ex, model));
		}
		model.addAttribute("errors", errors);
		return "report/sla";
	}

	/**
	 * A date that cannot be read names the field; a period without a report yet is a
	 * message above the picker. Anything else is for the error page.
	 */
	static Map<String, String> refusal(Failure ex, Model model) {
		Map<String, String> errors = FormErrors.of(ex);
		if (errors.isEmpty()) {
			if (ex.kind() != Failure.Kind.NOT_FOUND) {
				throw ex;
			}
			model.addAttribute("problem", ex.detail());
		}
		return errors;
	}

}
