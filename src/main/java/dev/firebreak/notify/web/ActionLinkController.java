package dev.firebreak.notify.web;

import java.time.Clock;
import java.util.Optional;

import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentNotFoundException;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.IllegalIncidentTransitionException;
import dev.firebreak.incident.NotificationLink;
import dev.firebreak.notify.delivery.Notification;
import dev.firebreak.notify.delivery.Notifications;
import dev.firebreak.notify.link.ActionLinks;
import dev.firebreak.security.People;
import dev.firebreak.security.People.Person;
import dev.firebreak.task.TaskWorkService;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The links in notifications. Opening the acknowledge link shows a confirmation page;
 * only its button (a POST) acknowledges, so a mail scanner that follows every link
 * changes nothing. The link acts for the person it was sent to, without signing in; a
 * link that is expired, changed, for another incident, someone else's while another
 * person is signed in, or for someone who may not acknowledge, is refused with a page
 * that says why, and nothing changes.
 */
@Controller
class ActionLinkController {

	private final ActionLinks links;

	private final Notifications notifications;

	private final IncidentService incidents;

	private final TaskWorkService work;

	private final People people;

	private final Clock clock;

	ActionLinkController(ActionLinks links, Notifications notifications, IncidentService incidents,
			TaskWorkService work, People people, Clock clock) {
		this.links = links;
		this.notifications = notifications;
		this.incidents = incidents;
		this.work = work;
		this.people = people;
		this.clock = clock;
	}

	@GetMapping("/notify/acknowledge/{number}")
	ModelAndView confirm(@PathVariable("number") String number,
			@RequestParam(name = "t", required = false) String token, Authentication authentication) {
		Checked checked = check(ActionLinks.ACKNOWLEDGE, number, token, authentication);
		if (checked.refusal() != null) {
			return refused(checked.refusal());
		}
		return page(checked, checked.incident().acknowledgedAt() == null ? "confirm" : "already", HttpStatus.OK);
	}

	@PostMapping("/notify/acknowledge/{number}")
	ModelAndView acknowledge(@PathVariable("number") String number,
			@RequestParam(name = "t", required = false) String token, Authentication authentication) {
		Checked checked = check(ActionLinks.ACKNOWLEDGE, number, token, authentication);
		if (checked.refusal() != null) {
			return refused(checked.refusal());
		}
		NotificationLink via = new NotificationLink(checked.notification().id(),
				checked.notification().channel().name());
		boolean acknowledged;
		try {
			acknowledged = work.acknowledge(checked.incident().id(), checked.person().asActor(), via);
		}
		catch (AccessDeniedException ex) {
			return refused(checked.person().name() + " may not acknowledge incidents: " + ex.getMessage());
		}
		catch (IllegalIncidentTransitionException ex) {
			return refused("Incident " + number + " cannot be acknowledged any more: it is "
					+ checked.incident().status().name().toLowerCase() + ".");
		}
		Checked after = new Checked(incidents.get(checked.incident().id()), checked.notification(), checked.person(),
				null);
		return page(after, acknowledged ? "done" : "already", HttpStatus.OK);
	}

	/**
	 * Checks the signature, then opens the incident's page (sign-in applies as usual).
	 */
	@GetMapping("/notify/open/{number}")
	ModelAndView open(@PathVariable("number") String number, @RequestParam(name = "t", required = false) String token,
			Model model) {
		ActionLinks.Check check = links.check(ActionLinks.OPEN, number, token, clock.instant());
		if (!check.valid()) {
			return refused(check.refusal());
		}
		return new ModelAndView("redirect:/incidents/" + number);
	}

	private Checked check(String purpose, String number, String token, Authentication authentication) {
		ActionLinks.Check check = links.check(purpose, number, token, clock.instant());
		if (!check.valid()) {
			return Checked.refused(check.refusal());
		}
		ActionLinks.Claim claim = check.claim();
		Optional<Notification> notification = notifications.find(claim.notificationId());
		Incident incident;
		try {
			incident = incidents.get(number);
		}
		catch (IncidentNotFoundException ex) {
			return Checked.refused("There is no incident " + number + ".");
		}
		if (notification.isEmpty() || !incident.id().equals(notification.get().incidentId())
				|| !claim.username().equals(notification.get().username())) {
			return Checked.refused("This link does not match the notification it came in.");
		}
		Optional<Person> person = people.find(claim.username());
		if (person.isEmpty()) {
			return Checked.refused("The account this link was sent to (" + claim.username() + ") is disabled.");
		}
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)
				&& !authentication.getName().equals(claim.username())) {
			return Checked.refused("This link was sent to " + person.get().name() + ", but you are signed in as "
					+ authentication.getName() + ". Sign out first, or open the incident and take it yourself.");
		}
		return new Checked(incident, notification.get(), person.get(), null);
	}

	private static ModelAndView page(Checked checked, String state, HttpStatus status) {
		ModelAndView page = new ModelAndView("notify/acknowledge", status);
		page.addObject("state", state);
		page.addObject("incident", checked.incident());
		page.addObject("person", checked.person());
		return page;
	}

	private static ModelAndView refused(String reason) {
		ModelAndView page = new ModelAndView("notify/acknowledge", HttpStatus.BAD_REQUEST);
		page.addObject("state", "refused");
		page.addObject("reason", reason);
		return page;
	}

	private record Checked(Incident incident, Notification notification, Person person, String refusal) {

		static Checked refused(String why) {
			return new Checked(null, null, null, why);
		}

	}

}
