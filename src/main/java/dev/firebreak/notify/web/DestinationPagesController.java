package dev.firebreak.notify.web;

import dev.firebreak.notify.contact.Contacts;
import dev.firebreak.notify.web.ContactViews.MethodRow;
import dev.firebreak.security.Actor;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Admins: the contact methods Firebreak gave up on, so that someone can tell their owners
 * before the next page goes nowhere. A method leaves the list with its next delivery.
 */
@Controller
class DestinationPagesController {

	private final Contacts contacts;

	DestinationPagesController(Contacts contacts) {
		this.contacts = contacts;
	}

	@GetMapping("/admin/destinations")
	String failing(Authentication authentication, Model model) {
		model.addAttribute("page", "destinations");
		model.addAttribute("failing", MethodRow.of(contacts.failing(Actor.of(authentication))));
		return "notify/destinations";
	}

}
