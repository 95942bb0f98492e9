package dev.firebreak.status.web;

import dev.firebreak.status.StatusSubscriptions;
import dev.firebreak.status.StatusSubscriptions.SignUp;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Subscribing to the status page by email, with plain forms (no script): sign up, confirm
 * from the mailed link, unsubscribe from the link in every mail. Every page says the same
 * whoever is subscribed. Unsubscribing from the link asks for one click ({@code POST}),
 * so that mail scanners that open links unsubscribe nobody; mail programs post to the
 * same address (List-Unsubscribe-Post).
 */
@Controller
class StatusSubscriptionController {

	private final StatusSubscriptions subscriptions;

	StatusSubscriptionController(StatusSubscriptions subscriptions) {
		this.subscriptions = subscriptions;
	}

	@PostMapping("/status/subscribe")
	String subscribe(@RequestParam(name = "email", required = false) String email, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		SignUp outcome = subscriptions.subscribe(email, request.getRemoteAddr());
		switch (outcome) {
			case ACCEPTED -> message(model, "Check your mail",
					"If that address can receive mail, a confirmation link is on its way. Nothing is sent until you follow it.");
			case INVALID -> {
				response.setStatus(HttpStatus.BAD_REQUEST.value());
				message(model, "That is not an email address", "Please go back and check the address.");
			}
			case TOO_MANY -> {
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
				response.setHeader("Retry-After", "600");
				message(model, "Too many sign-ups",
						"Too many sign-ups came from your network lately; please try again in a few minutes.");
			}
		}
		return "status/subscription";
	}

	@GetMapping("/status/subscriptions/confirm")
	String confirm(@RequestParam(name = "token", required = false) String token, HttpServletResponse response,
			Model model) {
		if (subscriptions.confirm(token)) {
			message(model, "Subscribed",
					"You will get this status page's updates and maintenance notices by email. Every mail has a link to stop them.");
		}
		else {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			message(model, "This link does not work",
					"It was used already, has expired, or was copied incompletely. Sign up again on the status page.");
		}
		return "status/subscription";
	}

	@GetMapping("/status/unsubscribe")
	String unsubscribePage(@RequestParam(name = "s", defaultValue = "0") long id,
			@RequestParam(name = "sig", required = false) String signature, Model model) {
		message(model, "Stop the status mail?", "One click and this address gets no more mail from this status page.");
		model.addAttribute("unsubscribeId", id);
		model.addAttribute("unsubscribeSig", signature);
		return "status/subscription";
	}

	@PostMapping("/status/unsubscribe")
	String unsubscribe(@RequestParam(name = "s", defaultValue = "0") long id,
			@RequestParam(name = "sig", required = false) String signature, HttpServletResponse response, Model model) {
		if (subscriptions.unsubscribe(id, signature)) {
			message(model, "Unsubscribed", "This address gets no more mail from this status page.");
		}
		else {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			message(model, "This link does not work",
					"It was used already or was changed. If mail keeps coming, use the link in the newest one.");
		}
		return "status/subscription";
	}

	private static void message(Model model, String heading, String text) {
		model.addAttribute("title", "Service status");
		model.addAttribute("heading", heading);
		model.addAttribute("text", text);
	}

}
