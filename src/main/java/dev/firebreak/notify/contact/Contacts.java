package dev.firebreak.notify.contact;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.firebreak.incident.Priority;
import dev.firebreak.notify.NotifyRequestException;
import dev.firebreak.failure.FieldError;
import dev.firebreak.notify.channel.ChannelKind;
import dev.firebreak.notify.channel.Destination;
import dev.firebreak.notify.channel.DestinationAddresses;
import dev.firebreak.security.ActionDeniedException;
import dev.firebreak.security.Actor;
import dev.firebreak.security.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People's contact methods and notification rules. Everyone manages their own; admins can
 * see anyone's (to find why someone was not reached), and change nobody's.
 */
@Service
@Transactional
public class Contacts {

	/** A day: later steps than that are not paging any more. */
	static final int MAX_DELAY_MINUTES = 24 * 60;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ContactRepository contacts;

	private final Clock clock;

	Contacts(ContactRepository contacts, Clock clock) {
		this.contacts = contacts;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<ContactMethod> methods(Actor actor, String username) {
		requireSelfOrAdmin(actor, username);
		return contacts.methodsOf(username);
	}

	public ContactRequests.Created create(Actor actor, ContactRequests.NewContactMethod request) {
		List<FieldError> errors = new ArrayList<>();
		if (request.kind() == null) {
			errors.add(new FieldError("kind", "must be one of EMAIL, SLACK, TEAMS, DISCORD, WEBHOOK"));
		}
		String label = request.label() == null ? "" : request.label().strip();
		if (label.isEmpty() || label.length() > 100) {
			errors.add(new FieldError("label", "must be 1 to 100 characters"));
		}
		String address = request.address() == null ? "" : request.address().strip();
		if (request.kind() != null) {
			DestinationAddresses.problem(request.kind(), address)
				.ifPresent(message -> errors.add(new FieldError("address", message)));
		}
		if (!errors.isEmpty()) {
			throw NotifyRequestException.invalid(errors);
		}
		String secret = request.kind() == ChannelKind.WEBHOOK ? newSecret() : null;
		long id = contacts.insertMethod(actor.username(), request.kind(), label, address, secret, clock.instant());
		return new ContactRequests.Created(contacts.findMethod(id).orElseThrow(), secret);
	}

	public void delete(Actor actor, long id) {
		ownMethod(actor, id);
		contacts.deleteMethod(id);
	}

	@Transactional(readOnly = true)
	public List<NotificationRule> rules(Actor actor, String username) {
		requireSelfOrAdmin(actor, username);
		return contacts.rulesOf(username);
	}

	public NotificationRule addRule(Actor actor, ContactRequests.NewRule request) {
		List<FieldError> errors = new ArrayList<>();
		if (request.contactMethodId() == null || contacts.findMethod(request.contactMethodId())
			.filter(method -> method.username().equals(actor.username()))
			.isEmpty()) {
			errors.add(new FieldError("contactMethodId", "must be one of your contact methods"));
		}
		Set<Priority> priorities = EnumSet.noneOf(Priority.class);
		for (String name : request.priorities() == null ? List.<String>of() : request.priorities()) {
			try {
				priorities.add(Priority.valueOf(name));
			}
			catch (IllegalArgumentException | NullPointerException ex) {
				errors.add(new FieldError("priorities", "must be P1, P2, P3 or P4 (not " + name + ")"));
			}
		}
		int delay = request.delayMinutes() == null ? 0 : request.delayMinutes();
		if (delay < 0 || delay > MAX_DELAY_MINUTES) {
			errors.add(new FieldError("delayMinutes", "must be 0 to " + MAX_DELAY_MINUTES));
		}
		if (!errors.isEmpty()) {
			throw NotifyRequestException.invalid(errors);
		}
		long id = contacts.insertRule(actor.username(), request.contactMethodId(), priorities, delay);
		return contacts.rulesOf(actor.username()).stream().filter(rule -> rule.id() == id).findFirst().orElseThrow();
	}

	public void deleteRule(Actor actor, long id) {
		if (!contacts.deleteRule(actor.username(), id)) {
			throw NotifyRequestException.notFound("You have no notification rule " + id + ".");
		}
	}

	/** Admins: every contact method whose notifications are being given up on. */
	@Transactional(readOnly = true)
	public List<ContactMethod> failing(Actor actor) {
		actor.requireAnyRole("see failing destinations", Role.ADMIN);
		return contacts.failing();
	}

	/**
	 * How to page this person for an incident of this priority: their rules that apply,
	 * or, for someone with no rules at all, every contact method at once.
	 */
	@Transactional(readOnly = true)
	public List<PageStep> pageSteps(String username, Priority priority) {
		List<ContactMethod> methods = contacts.methodsOf(username);
		List<NotificationRule> rules = contacts.rulesOf(username);
		if (rules.isEmpty()) {
			return methods.stream().map(method -> new PageStep(method.id(), method.kind(), 0)).toList();
		}
		return rules.stream()
			.filter(rule -> rule.appliesTo(priority))
			.flatMap(rule -> methods.stream()
				.filter(method -> method.id() == rule.contactMethodId())
				.map(method -> new PageStep(method.id(), method.kind(), rule.delayMinutes())))
			.toList();
	}

	/** Every contact method of the person, at once (breach notices, reports, tests). */
	@Transactional(readOnly = true)
	public List<ContactMethod> methodsOf(String username) {
		return contacts.methodsOf(username);
	}

	@Transactional(readOnly = true)
	public Optional<ContactMethod> method(long id) {
		return contacts.findMethod(id);
	}

	@Transactional(readOnly = true)
	public Optional<Destination> destination(long methodId) {
		return contacts.destination(methodId);
	}

	/** The person's own contact method, or 404. */
	@Transactional(readOnly = true)
	public ContactMethod ownMethod(Actor actor, long id) {
		return contacts.findMethod(id)
			.filter(method -> method.username().equals(actor.username()))
			.orElseThrow(() -> NotifyRequestException.notFound("You have no contact method " + id + "."));
	}

	/**
	 * A notification to it was delivered at {@code at}: it works, so it is no longer
	 * failing, unless a notification to it was given up on since (the worker marks the
	 * methods of a round of sends at the round's end).
	 */
	public void markDelivered(long methodId, Instant at, boolean givenUpOnSince) {
		contacts.markDelivered(methodId, at, givenUpOnSince);
	}

	/** A notification to it was given up on: shown to admins until the next delivery. */
	public void markFailing(long methodId, String error) {
		contacts.markFailing(methodId, error, clock.instant());
	}

	/** An attempt failed and will be tried again. */
	public void noteError(long methodId, String error) {
		contacts.noteError(methodId, error, clock.instant());
	}

	private static void requireSelfOrAdmin(Actor actor, String username) {
		if (!actor.username().equals(username) && !actor.hasRole(Role.ADMIN)) {
			throw new ActionDeniedException("Only " + username + " and admins may see " + username
					+ "'s contact methods and notification rules.");
		}
	}

	private static String newSecret() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * One way a person is paged: by this contact method, this many minutes after the
	 * page.
	 */
	public record PageStep(long contactMethodId, ChannelKind kind, int delayMinutes) {
	}

}
