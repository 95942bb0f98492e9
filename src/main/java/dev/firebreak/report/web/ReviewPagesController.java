package dev.firebreak.report.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.firebreak.failure.Failure;
import dev.firebreak.incident.MonitoredService;
import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.report.GoalMetric;
import dev.firebreak.report.GoalRequest;
import dev.firebreak.report.Goals;
import dev.firebreak.report.ImprovementGoal;
import dev.firebreak.report.ReportAudience;
import dev.firebreak.report.ReviewPeriod;
import dev.firebreak.report.Reviews;
import dev.firebreak.report.Trends;
import dev.firebreak.security.Actor;
import dev.firebreak.security.Role;
import dev.firebreak.web.FormErrors;
import dev.firebreak.web.FormValues;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The weekly and quarterly reviews as pages, and the improvement goals' page where
 * managers set and remove goals. A period that cannot be read is said beside the picker;
 * a refused goal comes back with each field's problem and the values given.
 */
@Controller
class ReviewPagesController {

	private final Reviews reviews;

	private final Goals goals;

	/** Only for "today" in the reports' time zone. */
	private final Trends trends;

	/** The services a goal may be set on. */
	private final ServiceCatalogue catalogue;

	ReviewPagesController(Reviews reviews, Goals goals, Trends trends, ServiceCatalogue catalogue) {
		this.catalogue = catalogue;
		this.reviews = reviews;
		this.goals = goals;
		this.trends = trends;
	}

	/**
	 * Without a period: the last whole week (or quarter, with {@code cadence=quarter}).
	 */
	@GetMapping("/reports/reviews")
	String review(@RequestParam(name = "cadence", required = false) String cadence,
			@RequestParam(name = "period", required = false) String period, Authentication authentication,
			Model model) {
		Actor actor = Actor.of(authentication);
		ReportAudience.of(actor);
		ReviewPeriod.Cadence kind = "quarter".equalsIgnoreCase(cadence) ? ReviewPeriod.Cadence.QUARTER
				: ReviewPeriod.Cadence.WEEK;
		String chosen = period == null || period.isBlank() ? kind.of(trends.today()).previous().label() : period.trim();
		Map<String, String> errors = new LinkedHashMap<>();
		model.addAttribute("page", "reports");
		model.addAttribute("period", chosen);
		try {
			ReviewPeriod parsed = ReviewPeriod.parse("period", chosen);
			kind = parsed.cadence();
			model.addAttribute("review", ReviewView.of(reviews.get(parsed, actor)));
		}
		catch (Failure ex) {
			errors.putAll(ReportPagesController.refusal(ex, model));
		}
		model.addAttribute("cadence", kind.name());
		model.addAttribute("errors", errors);
		return "report/review";
	}

	@GetMapping("/reports/goals")
	String goals(Authentication authentication, Model model) {
		return goalsPage(Map.of(), null, authentication, model);
	}

	@PostMapping("/reports/goals")
	String create(@RequestParam Map<String, String> values, Authentication authentication, Model model,
			RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		// a number that cannot be read goes on as NaN, which the goal refuses with the
		// rest
		Double target = number(values.get("target"), "target", errors);
		Double change = number(values.get("changePercent"), "changePercent", errors);
		try {
			ImprovementGoal goal = goals.create(new GoalRequest(values.get("metric"), values.get("service"), target,
					change, values.get("deadline")), Actor.of(authentication));
			redirect.addFlashAttribute("notice", "Goal set: " + goal.sentence() + ".");
			return "redirect:/reports/goals";
		}
		catch (Failure ex) {
			FormErrors.of(ex).forEach(errors::putIfAbsent);
			if (errors.isEmpty()) {
				model.addAttribute("problem", FormErrors.problem(ex));
			}
		}
		return goalsPage(values, errors, authentication, model);
	}

	@PostMapping("/reports/goals/{id}/delete")
	String delete(@PathVariable("id") long id, Authentication authentication, RedirectAttributes redirect) {
		goals.delete(id, Actor.of(authentication));
		redirect.addFlashAttribute("notice", "Goal removed.");
		return "redirect:/reports/goals";
	}

	private static Double number(String text, String field, Map<String, String> errors) {
		int before = errors.size();
		java.math.BigDecimal value = FormValues.decimal(text, field, errors);
		if (errors.size() > before) {
			return Double.NaN;
		}
		return value == null ? null : value.doubleValue();
	}

	private String goalsPage(Map<String, String> values, Map<String, String> errors, Authentication authentication,
			Model model) {
		Actor actor = Actor.of(authentication);
		model.addAttribute("page", "reports");
		model.addAttribute("goals", goals.list(actor));
		model.addAttribute("mayChange", actor.hasRole(Role.MANAGER));
		model.addAttribute("metrics", List.of(GoalMetric.values()));
		// the enabled services of the catalogue, by name: a goal on a disabled one would
		// never move
		model.addAttribute("services", catalogue.all().stream().filter(MonitoredService::enabled).toList());
		model.addAttribute("values", values);
		model.addAttribute("errors", errors == null ? Map.of() : errors);
		if (errors != null && !errors.isEmpty()) {
			model.addAttribute("problem", "The goal needs your attention; nothing was saved.");
		}
		model.addAttribute("today", trends.today());
		return "report/goals";
	}

}
