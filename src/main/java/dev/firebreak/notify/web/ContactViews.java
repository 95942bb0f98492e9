package dev.firebreak.notify.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.firebreak.incident.Priority;
import dev.firebreak.notify.channel.ChannelKind;
import dev.firebreak.notify.contact.ContactMethod;
import dev.firebreak.notify.contact.NotificationRule;

/** Contact methods and notification rules as the pages show them. */
final class ContactViews {

	private ContactViews() {
	}

	/**
	 * A contact method: a webhook's URL only as scheme and host (the rest is a
	 * credential).
	 */
	record MethodRow(long id, String username, String kind, String label, String address, Instant createdAt,
			Instant lastSuccessAt, Instant failingSince, String lastError, Instant lastErrorAt) {

		static MethodRow of(ContactMethod method) {
			return new MethodRow(method.id(), method.username(), ChannelNames.of(method.kind()), method.label(),
					method.shownAddress(), method.createdAt(), method.lastSuccessAt(), method.failingSince(),
					method.lastError(), method.lastErrorAt());
		}

		static List<MethodRow> of(List<ContactMethod> methods) {
			return methods.stream().map(MethodRow::of).toList();
		}

	}

	/**
	 * A rule in words.
	 *
	 * @param method the contact method's label and kind
	 * @param priorities "P1, P2", or "Every priority"
	 * @param when "At once", or "After 5 min, if still unacknowledged"
	 */
	record RuleRow(long id, String method, String priorities, String when) {

		static List<RuleRow> of(List<NotificationRule> rules, List<ContactMethod> methods) {
			Map<Long, ContactMethod> byId = methods.stream()
				.collect(Collectors.toMap(ContactMethod::id, method -> method));
			return rules.stream().map(rule -> {
				ContactMethod method = byId.get(rule.contactMethodId());
				String name = method == null ? "(deleted contact method)"
						: method.label() + " (" + ChannelNames.of(method.kind()) + ")";
				String priorities = rule.priorities().isEmpty() ? "Every priority"
						: rule.priorities().stream().sorted().map(Priority::name).collect(Collectors.joining(", "));
				String when = rule.delayMinutes() == 0 ? "At once" : "After "
						+ Formats.span(Duration.ofMinutes(rule.delayMinutes())) + ", if still unacknowledged";
				return new RuleRow(rule.id(), name, priorities, when);
			}).toList();
		}

	}

	/** A choice in the kind picker. */
	record KindChoice(String value, String text) {

		static List<KindChoice> all() {
			return List.of(ChannelKind.values())
				.stream()
				.map(kind -> new KindChoice(kind.name(), ChannelNames.described(kind)))
				.toList();
		}

	}

}
