package dev.firebreak.incident.web;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.firebreak.failure.Failure;
import dev.firebreak.security.Actor;
import dev.firebreak.incident.PublicStatus;
import dev.firebreak.web.FormErrors;
import dev.firebreak.web.FormValues;
import dev.firebreak.web.Formats;
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
 * The note form on the incident page. The checks are the API's: the request record's
 * constraints, then {@link IncidentNotes}, which refuses whoever may not see the
 * incident.
 */
@Controller
class IncidentNotesController {

	private final IncidentNotes notes;

	private final IncidentUpdates updates;

	private final IncidentPages pages;

	private final Validator validator;

	IncidentNotesController(IncidentNotes notes, IncidentUpdates updates, IncidentPages pages, Validator validator) {
		this.notes = notes;
		this.updates = updates;
		this.pages = pages;
		this.validator = validator;
	}

	@GetMapping({ "/incidents/{number}/notes", "/incidents/{number}/updates" })
	String backToIncident(@PathVariable("number") String number) {
		return "redirect:/incidents/" + number;
	}

	@PostMapping("/incidents/{number}/notes")
	String add(@PathVariable("number") String number, @RequestParam Map<String, String> values,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		IncidentRequests.AddNote request = new IncidentRequests.AddNote(values.get("text"));
		Map<String, String> errors = new LinkedHashMap<>(FormErrors.of(validator.validate(request)));
		if (errors.isEmpty()) {
			try {
				notes.add(number, request, Actor.of(authentication));
				redirect.addFlashAttribute("notice", "Your note is on the timeline.");
				return "redirect:/incidents/" + number + "#timeline";
			}
			catch (Failure ex) {
				errors.putAll(FormErrors.of(ex));
				if (errors.isEmpty()) {
					throw ex;
				}
			}
		}
		model.addAttribute("problem", "The note needs your attention; nothing was added.");
		return pages.show(number, authentication, "note", values, errors, model);
	}

	@PostMapping("/incidents/{number}/updates")
	String publish(@PathVariable("number") String number, @RequestParam Map<String, String> values,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		IncidentRequests.PublishUpdate request = new IncidentRequests.PublishUpdate(
				FormValues.option(PublicStatus.class, values.get("status"), "status", errors), values.get("message"));
		FormErrors.of(validator.validate(request)).forEach(errors::putIfAbsent);
		if (errors.isEmpty()) {
			try {
				updates.publish(number, request, Actor.of(authentication));
				redirect.addFlashAttribute("notice",
						"Published as " + Formats.label(request.status()) + ": followers and the status page get it.");
				return "redirect:/incidents/" + number + "#public-updates";
			}
			catch (Failure ex) {
				errors.putAll(FormErrors.of(ex));
				if (errors.isEmpty()) {
					throw ex;
				}
			}
		}
		model.addAttribute("problem", "The update needs your attention; nothing was published.");
		return pages.show(number, authentication, "update", values, errors, model);
	}

}
