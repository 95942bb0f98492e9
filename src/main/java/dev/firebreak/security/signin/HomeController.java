package dev.firebreak.security.signin;

import dev.firebreak.security.Actor;
import dev.firebreak.security.Role;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** "/" is where sign-in lands: the page each person starts their day on. */
@Controller
class HomeController {

	@GetMapping("/")
	String home(Authentication authentication) {
		Actor actor = Actor.of(authentication);
		return actor.hasAnyRole(Role.RESPONDER, Role.MANAGER) ? "redirect:/work" : "redirect:/incidents";
	}

}
