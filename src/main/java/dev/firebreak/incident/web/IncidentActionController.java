package dev.firebreak.incident.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import dev.firebreak.failure.Failure;
import dev.firebreak.incident.DiagnosisOutcome;
import dev.firebreak.incident.Impact;
import dev.firebreak.incident.Severity;
import dev.firebreak.security.Actor;
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

/**
 * The actions on the incident page: the managers' ones, each with a reason for the
 * timeline, and the responders' acknowledge, take over, hand over and quick resolve. The
 * checks are the API's: its request records' constraints, then the incident service,
 * which refuses whoever may not.
 */
@Controller
class IncidentActionController {

	private final IncidentWorkService incidents;

	private final IncidentPages pages;

	private final Validator validator;

	IncidentActionController(IncidentWorkService incidents, IncidentPages pages, Validator validator) {
		this.incidents = incidents;
		this.pages = pages;
		this.validator = validator;
	}

	/** As for tasks: a form's address, pasted elsewhere, leads to the incident. */
	@GetMapping({ "/incidents/{number}/priority", "/incidents/{number}/escalate", "/incidents/{number}/reassign",
			"/incidents/{number}/cancel", "/incidents/{number}/acknowledge", "/incidents/{number}/take-over",
			"/incidents/{number}/owner", "/incidents/{number}/quick-resolve" })
	String backToIncident(@PathVariable("number") String number) {
		return "redirect:/incidents/" + number;
	}

	@PostMapping("/incidents/{number}/priority")
	String reprioritise(@PathVariable("number") String number, @RequestParam Map<String, String> values,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		IncidentRequests.Reprioritise request = new IncidentRequests.Reprioritise(
				FormValues.option(Severity.class, values.get("severity"), "severity", errors),
				FormValues.option(Impact.class, values.get("impact"), "impact", errors), values.get("reason"));
		return act(number, "priority", request, errors, values, authentication, model, redirect,
				actor -> incidents.reprioritise(number, request, actor),
				"Reprioritised: the priority and the SLA due times were decided again.");
	}

	@PostMapping("/incidents/{number}/escalate")
	String escalate(@PathVariable("number") String number, @RequestParam Map<String, String> values,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		IncidentRequests.Escalate request = new IncidentRequests.Escalate(values.get("reason"));
		return act(number, "escalate", request, new LinkedHashMap<>(), values, authentication, model, redirect,
				actor -> incidents.escalate(number, request, actor),
				"Escalated one level: the next level of the team's escalation policy is paged, if there is one."
						+ " The timeline shows who was paged, or that nobody was.");
	}

	@PostMapping("/incidents/{number}/reassign")
	String reassign(@PathVariable("number") String number, @RequestParam Map<String, String> values,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		IncidentRequests.Reassign request = new IncidentRequests.Reassign(values.get("team"), values.get("reason"));
		return act(number, "reassign", request, new LinkedHashMap<>(), values, authentication, model, redirect,
				actor -> incidents.reassign(number, request, actor),
				"Reassigned to team " + request.team() + ": its open tasks are in their queue now.");
	}

	@PostMapping("/incidents/{number}/cancel")
	String cancel(@PathVariable("number") String number, @RequestParam Map<String, String> values,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		String original = values.get("duplicateOf") == null ? null : values.get("duplicateOf").trim().toUpperCase();
		IncidentRequests.Cancel request = new IncidentRequests.Cancel(original, values.get("reason"));
		return act(number, "cancel", request, new LinkedHashMap<>(), values, authentication, model, redirect, actor -> {
			// the API answers 404; the page names the number next to its field, as typed
			if (!incidents.exists(original)) {
				throw new InvalidFieldException("duplicateOf",
						"there is no incident " + original + "; check the number");
			}
			incidents.cancel(number, request, actor);
		}, "Cancelled as a duplicate of " + original + ".");
	}

	@PostMapping("/incidents/{number}/acknowledge")
	String acknowledge(@PathVariable("number") String number, Authentication authentication, Model model,
			RedirectAttributes redirect) {
		return act(number, null, null, new LinkedHashMap<>(), Map.of(), authentication, model, redirect,
				actor -> incidents.acknowledge(number, actor),
				"Acknowledged: you own " + number + ", and its next stages come to you claimed.");
	}

	@PostMapping("/incidents/{number}/take-over")
	String takeOver(@PathVariable("number") String number, Authentication authentication, Model model,
			RedirectAttributes redirect) {
		return act(number, null, null, new LinkedHashMap<>(), Map.of(), authentication, model, redirect,
				actor -> incidents.takeOver(number, actor),
				"Taken over: " + number + " and its open tasks are yours now; the timeline says so.");
	}

	@PostMapping("/incidents/{number}/owner")
	String assignOwner(@PathVariable("number") String number, @RequestParam Map<String, String> values,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		IncidentRequests.AssignOwner request = new IncidentRequests.AssignOwner(values.get("username"));
		return act(number, "owner", request, new LinkedHashMap<>(), values, authentication, model, redirect,
				actor -> incidents.assignOwner(number, request, actor),
				"Handed over: " + request.username() + " owns " + number + " now, with its open tasks.");
	}

	@PostMapping("/incidents/{number}/quick-resolve")
	String quickResolve(@PathVariable("number") String number, @RequestParam Map<String, String> values,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		IncidentRequests.QuickResolve request = new IncidentRequests.QuickResolve(
				FormValues.option(DiagnosisOutcome.class, values.get("outcome"), "outcome", errors),
				values.get("findings"));
		return act(number, "quick-resolve", request, errors, values, authentication, model, redirect,
				actor -> incidents.quickResolve(number, request, actor),
				request.outcome() == DiagnosisOutcome.FALSE_ALARM ? "Closed as a false alarm."
						: "Diagnosed as fixed by" + " operations: the verification is next, and comes to you claimed.");
	}

	/**
	 * Checks the request, runs the action and leads back to the incident; a form with
	 * problems is shown again, open, with what the manager typed.
	 */
	private String act(String number, String action, Object request, Map<String, String> errors,
			Map<String, String> values, Authentication authentication, Model model, RedirectAttributes redirect,
			Consumer<Actor> run, String done) {
		Actor actor = Actor.of(authentication);
		if (request != null) {
			FormErrors.of(validator.validate(request)).forEach(errors::putIfAbsent);
		}
		if (errors.isEmpty()) {
			try {
				run.accept(actor);
				redirect.addFlashAttribute("notice", done);
				return "redirect:/incidents/" + number;
			}
			catch (Failure ex) {
				errors.putAll(FormErrors.of(ex));
				if (errors.isEmpty()) {
					if (ex.kind() != Failure.Kind.CONFLICT) {
						throw ex;
					}
					redirect.addFlashAttribute("problem", ex.detail());
					return "redirect:/incidents/" + number;
				}
			}
		}
		model.addAttribute("problem", "The form needs your attention; nothing was changed.");
		return pages.show(number, authentication, action, values, errors, model);
	}

}
