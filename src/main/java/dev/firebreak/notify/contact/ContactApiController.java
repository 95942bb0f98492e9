package dev.firebreak.notify.contact;

import java.net.URI;
import java.util.List;

import dev.firebreak.security.Actor;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's own contact methods and notification rules under {@code /api/v1/me}, and an
 * admin's read-only view of anyone's under {@code /api/v1/users/{username}}.
 */
@RestController
class ContactApiController {

	private final Contacts contacts;

	ContactApiController(Contacts contacts) {
		this.contacts = contacts;
	}

	@GetMapping("/api/v1/me/contact-methods")
	List<ContactMethodView> mine(Authentication authentication) {
		return views(contacts.methods(Actor.of(authentication), authentication.getName()));
	}

	@PostMapping("/api/v1/me/contact-methods")
	ResponseEntity<CreatedView> create(@RequestBody ContactRequests.NewContactMethod request,
			Authentication authentication) {
		ContactRequests.Created created = contacts.create(Actor.of(authentication), request);
		return ResponseEntity.created(URI.create("/api/v1/me/contact-methods/" + created.method().id()))
			.body(new CreatedView(ContactMethodView.of(created.method()), created.secret()));
	}

	@DeleteMapping("/api/v1/me/contact-methods/{id}")
	ResponseEntity<Void> delete(@PathVariable("id") long id, Authentication authentication) {
		contacts.delete(Actor.of(authentication), id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/me/notification-rules")
	List<NotificationRule> myRules(Authentication authentication) {
		return contacts.rules(Actor.of(authentication), authentication.getName());
	}

	@PostMapping("/api/v1/me/notification-rules")
	ResponseEntity<NotificationRule> addRule(@RequestBody ContactRequests.NewRule request,
			Authentication authentication) {
		NotificationRule rule = contacts.addRule(Actor.of(authentication), request);
		return ResponseEntity.created(URI.create("/api/v1/me/notification-rules/" + rule.id())).body(rule);
	}

	@DeleteMapping("/api/v1/me/notification-rules/{id}")
	ResponseEntity<Void> deleteRule(@PathVariable("id") long id, Authentication authentication) {
		contacts.deleteRule(Actor.of(authentication), id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/users/{username}/contact-methods")
	List<ContactMethodView> ofUser(@PathVariable("username") String username, Authentication authentication) {
		return views(contacts.methods(Actor.of(authentication), username));
	}

	@GetMapping("/api/v1/users/{username}/notification-rules")
	List<NotificationRule> rulesOfUser(@PathVariable("username") String username, Authentication authentication) {
		return contacts.rules(Actor.of(authentication), username);
	}

	@GetMapping("/api/v1/contact-methods/failing")
	List<ContactMethodView> failing(Authentication authentication) {
		return views(contacts.failing(Actor.of(authentication)));
	}

	private static List<ContactMethodView> views(List<ContactMethod> methods) {
		return methods.stream().map(ContactMethodView::of).toList();
	}

	/** A contact method as the API shows it: a webhook URL only as scheme and host. */
	record ContactMethodView(long id, String username, String kind, String label, String address,
			java.time.Instant createdAt, java.time.Instant lastSuccessAt, java.time.Instant failingSince,
			String lastError, java.time.Instant lastErrorAt) {

		static ContactMethodView of(ContactMethod method) {
			return new ContactMethodView(method.id(), method.username(), method.kind().name(), method.label(),
					method.shownAddress(), method.createdAt(), method.lastSuccessAt(), method.failingSince(),
					method.lastError(), method.lastErrorAt());
		}

	}

	/**
	 * @param secret the webhook's signing key: shown this once, never again
	 */
	record CreatedView(ContactMethodView method, String secret) {
	}

}
