package dev.firebreak.security.signin;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in and sign-out pages. Spring Security still checks the password, counts
 * failures and signs people in; these pages only replace its unstyled defaults, and offer
 * single sign-on when it is configured.
 */
@Controller
class LoginController {

	private final ObjectProvider<ClientRegistrationRepository> singleSignOn;

	LoginController(ObjectProvider<ClientRegistrationRepository> singleSignOn) {
		this.singleSignOn = singleSignOn;
	}

	@GetMapping("/login")
	String login(@RequestParam(name = "error", required = false) String error,
			@RequestParam(name = "logout", required = false) String logout,
			@RequestParam(name = "expired", required = false) String expired, HttpSession session, Model model) {
		if (error != null) {
			model.addAttribute("problem", why(session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)));
		}
		else if (logout != null) {
			model.addAttribute("notice", "You have signed out.");
		}
		else if (expired != null) {
			model.addAttribute("notice", "Your session ended. Please sign in again.");
		}
		model.addAttribute("providers", providers());
		return "security/login";
	}

	@GetMapping("/logout")
	String logout() {
		return "security/logout";
	}

	/**
	 * Says what a person can do about it, without telling a guesser which part was wrong.
	 */
	private static String why(Object failure) {
		if (failure instanceof LockedException) {
			return "This account is locked after too many failed sign-ins. Try again later, or ask an admin.";
		}
		if (failure instanceof DisabledException) {
			return "This account is disabled. Ask an admin.";
		}
		return "Wrong username or password.";
	}

	private List<Provider> providers() {
		List<Provider> providers = new ArrayList<>();
		if (singleSignOn.getIfAvailable() instanceof Iterable<?> registrations) {
			for (Object registration : registrations) {
				if (registration instanceof ClientRegistration client) {
					providers.add(new Provider("/oauth2/authorization/" + client.getRegistrationId(),
							client.getClientName()));
				}
			}
		}
		return providers;
	}

	record Provider(String url, String name) {
	}

}
