package dev.firebreak.incident.web;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.firebreak.incident.TimelineType;
import dev.firebreak.task.IncidentDetail;
import dev.firebreak.web.Formats;
import dev.firebreak.web.Markdown;

/**
 * One timeline entry as people read it: who (by name), what, when, and each detail as a
 * line in words: durations as "15 min" or "4 h", times as the pages write them, outcomes
 * as "needs a fix", people by name, and no task ids. Multi-line text keeps its lines (the
 * page keeps the line breaks). A note or a public update shows its Markdown instead,
 * rendered safe.
 *
 * @param actor the name of whoever did it (their username when they are nobody known)
 * @param html the rendered Markdown of a note or public update, or null
 */
record TimelineRow(Instant at, String actor, TimelineType type, List<String> details, String html) {

	/** Task ids are for machines; the stage says which task. */
	private static final Set<String> HIDDEN = Set.of("task", "notification");

	/** Details that name a person. */
	private static final Set<String> PEOPLE = Set.of("to", "from", "takenOverFrom", "previousOwner", "owner", "person",
			"username");

	/** Details that hold one of our enum constants, even a one-word one ("HIGH"). */
	private static final Set<String> CONSTANTS = Set.of("outcome", "resolution", "stage", "from", "to", "severity",
			"impact", "status", "channel", "rootCauseCategory", "clock", "trigger", "kind");

	private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+");

	private static final Pattern WORD_CONSTANT = Pattern.compile("[A-Z]{2,}");

	private static final Pattern ISO_INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*Z");

	/** Outcomes whose words are not just the constant's. */
	private static final Map<String, String> WORDS = Map.of("NEEDS_FIX", "needs a fix", "P1", "P1", "P2", "P2", "P3",
			"P3", "P4", "P4");

	static TimelineRow of(IncidentDetail.Entry entry, Map<String, String> names, Formats formats) {
		String actor = names.getOrDefault(entry.actor(), entry.actor());
		if (entry.type() == TimelineType.NOTE_ADDED) {
			return new TimelineRow(entry.at(), actor, entry.type(), List.of(),
					Markdown.toHtml(String.valueOf(entry.details().get("text"))));
		}
		if (entry.type() == TimelineType.PUBLIC_UPDATE_PUBLISHED) {
			return new TimelineRow(entry.at(), actor, entry.type(),
					List.of("public status: " + Formats.label(entry.details().get("status")).toLowerCase(Locale.ROOT)),
					Markdown.toHtml(String.valueOf(entry.details().get("message"))));
		}
		Words words = new Words(names, formats);
		List<String> details = entry.details()
			.entrySet()
			.stream()
			.filter(detail -> !HIDDEN.contains(detail.getKey()))
			.map(detail -> words(detail.getKey()) + ": " + words.value(detail.getKey(), detail.getValue()))
			.toList();
		return new TimelineRow(entry.at(), actor, entry.type(), details, null);
	}

	/** Turns stored values into words, with the names and time format of this page. */
	record Words(Map<String, String> names, Formats formats) {

		String value(String key, Object value) {
			if (value instanceof Map<?, ?> map) {
				return map.entrySet()
					.stream()
					.map(e -> words(String.valueOf(e.getKey())) + " " + value(String.valueOf(e.getKey()), e.getValue()))
					.collect(Collectors.joining(", "));
			}
			if (value instanceof Collection<?> items) {
				return items.stream().map(item -> value(key, item)).collect(Collectors.joining(" / "));
			}
			if (value instanceof Boolean yes) {
				return yes ? "yes" : "no";
			}
			if (!(value instanceof String text)) {
				return String.valueOf(value);
			}
			if (PEOPLE.contains(key) && names.containsKey(text)) {
				return names.get(text);
			}
			if (text.startsWith("PT") || text.startsWith("P") && text.contains("D")) {
				try {
					return Formats.span(Duration.parse(text));
				}
				catch (DateTimeParseException notADuration) {
					// a value that merely looks like one
				}
			}
			if (ISO_INSTANT.matcher(text).matches()) {
				try {
					return formats.at(Instant.parse(text));
				}
				catch (DateTimeParseException notAnInstant) {
					// a value that merely looks like one
				}
			}
			if (text.contains(" -> ")) {
				// a change, such as "HIGH -> CRITICAL"
				return Pattern.compile(" -> ")
					.splitAsStream(text)
					.map(part -> value(key, part))
					.collect(Collectors.joining(" → "));
			}
			if (CONSTANT.matcher(text).matches() || CONSTANTS.contains(key) && WORD_CONSTANT.matcher(text).matches()) {
				return WORDS.getOrDefault(text, text.toLowerCase(Locale.ROOT).replace('_', ' '));
			}
			return text;
		}

	}

	/** "changeDescription" → "change description". */
	private static String words(String key) {
		return key.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
	}

}
