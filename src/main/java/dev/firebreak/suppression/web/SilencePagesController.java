package dev.firebreak.suppression.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.firebreak.failure.Failure;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.suppression.IncidentAlertLabels;
import dev.firebreak.suppression.Matcher;
import dev.firebreak.suppression.Silence;
import dev.firebreak.suppression.SilenceRequest;
import dev.firebreak.suppression.SilenceView;
import dev.firebreak.suppression.Silences;
import dev.firebreak.web.FormErrors;
import dev.firebreak.web.Formats;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The silences pages: the list, a silence with the alerts it silenced, and the form,
 * which an incident's "Silence this alert" button opens pre-filled with the alert's
 * labels for two hours. {@link Silences} decides who may do what, as for the API.
 */
@Controller
class SilencePagesController {

	/** Blank matcher rows under the filled ones, so that a few can be added at once. */
	private static final int SPARE_ROWS = 2;

	private final Silences silences;

	private final IncidentService incidents;

	private final IncidentAlertLabels labels;

	private final Formats formats;

	private final Clock clock;

	SilencePagesController(Silences silences, IncidentService incidents, IncidentAlertLabels labels, Formats formats,
			Clock clock) {
		this.silences = silences;
		this.incidents = incidents;
		this.labels = labels;
		this.formats = formats;
		this.clock = clock;
	}

	@GetMapping("/silences")
	String list(Authentication authentication, Model model) {
		model.addAttribute("page", "silences");
		model.addAttribute("silences", silences.list());
		model.addAttribute("mayCreate", PageRules.manages(authentication));
		return "suppression/silences";
	}

	@GetMapping("/silences/new")
	String form(@RequestParam(name = "incident", required = false) String number, Authentication authentication,
			Model model) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("duration", "2h");
		List<SilenceForm.Row> rows = new ArrayList<>();
		if (number != null && !number.isBlank()) {
			Incident incident = incidents.get(number.strip());
			if (!silences.maySilence(incident, authentication)) {
				throw new AccessDeniedException("Only the responders of team " + incident.team()
						+ ", managers and admins may silence the alert of " + incident.number() + ".");
			}
			values.put("incident", incident.number());
			values.put("comment", "Silenced from " + incident.number() + ": " + incident.title());
			if (incident.integrationId() != null) {
				labels.of(incident.integrationId(), incident.dedupKey())
					.forEach(
							(name, value) -> rows.add(new SilenceForm.Row(name, Matcher.Operator.EQUAL.name(), value)));
			}
		}
		else if (!PageRules.manages(authentication)) {
			throw new AccessDeniedException(
					"Only managers and admins create silences; a responder silences from an incident of their team.");
		}
		return formPage(SilenceForm.withSpareRows(rows, SPARE_ROWS), values, Map.of(), model);
	}

	@PostMapping("/silences")
	String create(@RequestParam Map<String, String> values, Authentication authentication, Model model,
			RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		SilenceForm form = SilenceForm.read(values);
		SilenceRequest request = form.request(values, clock.instant(), errors);
		if (errors.isEmpty()) {
			try {
				SilenceView silence = silences.create(request, authentication);
				redirect.addFlashAttribute("notice", "Silence #" + silence.id() + " created: " + silence.matchersText()
						+ ", until " + formats.at(silence.endsAt()) + ".");
				return "redirect:/silences/" + silence.id();
			}
			catch (Failure ex) {
				errors.putAll(PageRules.fieldErrors(ex, form::rowOf, "duration"));
				if (errors.isEmpty()) {
					model.addAttribute("problem", FormErrors.problem(ex));
				}
			}
		}
		if (model.getAttribute("problem") == null) {
			model.addAttribute("problem", "The silence needs your attention; nothing was created.");
		}
		return formPage(form.withSpareRows(SPARE_ROWS), values, errors, model);
	}

	@GetMapping("/silences/{id}")
	String silence(@PathVariable("id") long id, Authentication authentication, Model model) {
		SilenceView silence = silences.get(id);
		model.addAttribute("page", "silences");
		model.addAttribute("silence", silence);
		model.addAttribute("alerts", silences.alerts(id, 50));
		model.addAttribute("mayExpire", silence.state() != Silence.State.EXPIRED
				&& (PageRules.manages(authentication) || silence.createdBy().equals(authentication.getName())));
		return "suppression/silence";
	}

	@PostMapping("/silences/{id}/expire")
	String expire(@PathVariable("id") long id, Authentication authentication, RedirectAttributes redirect) {
		silences.expire(id, authentication);
		redirect.addFlashAttribute("notice", "Silence #" + id + " expired: matching alerts open incidents again.");
		return "redirect:/silences/" + id;
	}

	private String formPage(SilenceForm form, Map<String, String> values, Map<String, String> errors, Model model) {
		model.addAttribute("page", "silences");
		model.addAttribute("rows", form.rows());
		model.addAttribute("operators", Matcher.Operator.values());
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		return "suppression/silence-form";
	}

}
