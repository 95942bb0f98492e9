package dev.firebreak.notify.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.firebreak.incident.Priority;
import dev.firebreak.notify.NotifyRequestException;
import dev.firebreak.notify.channel.ChannelKind;
import dev.firebreak.notify.contact.ContactMethod;
import dev.firebreak.notify.contact.ContactRequests;
import dev.firebreak.notify.contact.Contacts;
import dev.firebreak.notify.delivery.Notifications;
import dev.firebreak.notify.web.ContactViews.KindChoice;
import dev.firebreak.notify.web.ContactViews.MethodRow;
import dev.firebreak.notify.web.ContactViews.RuleRow;
import dev.firebreak.security.Actor;
import dev.firebreak.security.People;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Everyone's own contact methods, notification rules and recent notifications, and an
 * admin's read-only view of anyone's. {@link Contacts} checks every field and who may see
 * what, as it does for the API.
 */
@Controller
class ContactPagesController {

	private static final Map<String, String> NEW_METHOD = Map.of("kind", ChannelKind.EMAIL.name());

	private static final Map<String, String> NEW_RULE = Map.of("delayMinutes", "0");

	private final Contacts contacts;

	private final Notifications notifications;

	private final IncidentPaging sent;

	private final People people;

	ContactPagesController(Contacts contacts, Notifications notifications, IncidentPaging sent, People people) {
		this.contacts = contacts;
		this.notifications = notifications;
		this.sent = sent;
		this.people = people;
	}

	@GetMapping("/me/notifications")
	String mine(Authentication authentication, Model model) {
		return minePage(Actor.of(authentication), NEW_METHOD, NEW_RULE, Set.of(), Map.of(), model);
	}

	/** A webhook's signing secret is shown on the next page only, never again. */
	@PostMapping("/me/notifications/methods")
	String addMethod(@RequestParam Map<String, String> values, Authentication authentication, Model model,
			RedirectAttributes redirect) {
		Actor actor = Actor.of(authentication);
		try {
			ContactRequests.Created created = contacts.create(actor, new ContactRequests.NewContactMethod(
					kind(values.get("kind")), values.get("label"), values.get("address")));
			redirect.addFlashAttribute("notice", "Added “" + created.method().label()
					+ "”. Send yourself a test notification to check that it reaches you.");
			if (created.secret() != null) {
				redirect.addFlashAttribute("secret", created.secret());
				redirect.addFlashAttribute("secretFor", created.method().label());
			}
			return "redirect:/me/notifications";
		}
		catch (NotifyRequestException ex) {
			Map<String, String> errors = fieldErrors(ex);
			model.addAttribute("problem", "The new contact method needs your attention; nothing was added.");
			return minePage(actor, values, NEW_RULE, Set.of(), errors, model);
		}
	}

	/** Its rules go with it. */
	@PostMapping("/me/notifications/methods/{id}/delete")
	String deleteMethod(@PathVariable("id") long id, Authentication authentication, RedirectAttributes redirect) {
		Actor actor = Actor.of(authentication);
		ContactMethod method = contacts.ownMethod(actor, id);
		contacts.delete(actor, id);
		redirect.addFlashAttribute("notice", "Deleted “" + method.label() + "” and its rules.");
		return "redirect:/me/notifications";
	}

	/** Queued at once; the worker sends it, and its outcome shows in the list. */
	@PostMapping("/me/notifications/methods/{id}/test")
	String sendTest(@PathVariable("id") long id, Authentication authentication, RedirectAttributes redirect) {
		Actor actor = Actor.of(authentication);
		ContactMethod method = contacts.ownMethod(actor, id);
		try {
			notifications.sendTest(actor, id);
			redirect.addFlashAttribute("notice", "A test is on its way to “" + method.label()
					+ "”. It is listed under Recent notifications: reload the page in a moment to see whether it was sent.");
		}
		catch (IllegalStateException ex) {
			redirect.addFlashAttribute("problem",
					"A test of “" + method.label() + "” is already waiting to be sent. Reload the page in a moment.");
		}
		return "redirect:/me/notifications";
	}

	@PostMapping("/me/notifications/rules")
	String addRule(@RequestParam MultiValueMap<String, String> form, Authentication authentication, Model model,
			RedirectAttributes redirect) {
		Actor actor = Actor.of(authentication);
		Map<String, String> values = form.toSingleValueMap();
		List<String> priorities = form.getOrDefault("priorities", List.of());
		Map<String, String> errors = new LinkedHashMap<>();
		Long methodId = contactMethodId(values.get("contactMethodId"));
		Integer delay = FormNumbers.integer(values.get("delayMinutes"), "delayMinutes", errors);
		if (errors.isEmpty()) {
			try {
				contacts.addRule(actor, new ContactRequests.NewRule(methodId, priorities, delay));
				redirect.addFlashAttribute("notice", "Rule added.");
				return "redirect:/me/notifications";
			}
			catch (NotifyRequestException ex) {
				errors.putAll(fieldErrors(ex));
			}
		}
		model.addAttribute("problem", "The new rule needs your attention; nothing was added.");
		return minePage(actor, NEW_METHOD, values, Set.copyOf(priorities), errors, model);
	}

	@PostMapping("/me/notifications/rules/{id}/delete")
	String deleteRule(@PathVariable("id") long id, Authentication authentication, RedirectAttributes redirect) {
		contacts.deleteRule(Actor.of(authentication), id);
		redirect.addFlashAttribute("notice", "Rule deleted.");
		return "redirect:/me/notifications";
	}

	/** To find out why someone was not reached; nothing on it can be changed. */
	@GetMapping("/admin/people/{username}/notifications")
	String ofPerson(@PathVariable("username") String username, Authentication authentication, Model model) {
		Actor actor = Actor.of(authentication);
		List<ContactMethod> methods = contacts.methods(actor, username);
		model.addAttribute("page", "people");
		model.addAttribute("readOnly", true);
		model.addAttribute("username", username);
		model.addAttribute("name", people.find(username).map(People.Person::name).orElse(username));
		model.addAttribute("enabled", people.find(username).isPresent());
		model.addAttribute("methods", MethodRow.of(methods));
		model.addAttribute("rules", RuleRow.of(contacts.rules(actor, username), methods));
		model.addAttribute("recent", sent.recentFor(username));
		return "notify/contacts";
	}

	private String minePage(Actor actor, Map<String, String> methodValues, Map<String, String> ruleValues,
			Set<String> chosenPriorities, Map<String, String> errors, Model model) {
		List<ContactMethod> methods = contacts.methods(actor, actor.username());
		model.addAttribute("page", "notifications");
		model.addAttribute("readOnly", false);
		model.addAttribute("username", actor.username());
		model.addAttribute("methods", MethodRow.of(methods));
		model.addAttribute("rules", RuleRow.of(contacts.rules(actor, actor.username()), methods));
		model.addAttribute("recent", sent.recentFor(actor.username()));
		model.addAttribute("kinds", KindChoice.all());
		model.addAttribute("priorities", List.of(Priority.values()));
		model.addAttribute("values", methodValues);
		model.addAttribute("ruleValues", ruleValues);
		model.addAttribute("chosenPriorities", chosenPriorities);
		model.addAttribute("errors", errors);
		return "notify/contacts";
	}

	/** A refusal that names no field (not found) is for the error page. */
	private static Map<String, String> fieldErrors(NotifyRequestException ex) {
		if (ex.fieldErrors().isEmpty()) {
			throw ex;
		}
		return PageErrors.of(ex);
	}

	/** Unknown or missing: null, which the service names as the field to fix. */
	private static ChannelKind kind(String value) {
		return List.of(ChannelKind.values())
			.stream()
			.filter(kind -> kind.name().equals(value))
			.findFirst()
			.orElse(null);
	}

	private static Long contactMethodId(String value) {
		try {
			return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
