package dev.firebreak.incident.web;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.firebreak.incident.TimelineType;
import dev.firebreak.task.IncidentDetail;
import dev.firebreak.web.Formats;
import dev.firebreak.web.Markdown;

/**
 * One timeline entry as the page shows it: who, what, when, and each detail as a line of
 * text (nested values, such as a decision's inputs, on one line). A note or a public
 * update shows its Markdown instead, rendered safe.
 *
 * @param html the rendered Markdown of a note or public update, or null
 */
record TimelineRow(Instant at, String actor, TimelineType type, List<String> details, String html) {

	static TimelineRow of(IncidentDetail.Entry entry) {
		if (entry.type() == TimelineType.NOTE_ADDED) {
			return new TimelineRow(entry.at(), entry.actor(), entry.type(), List.of(),
					Markdown.toHtml(String.valueOf(entry.details().get("text"))));
		}
		if (entry.type() == TimelineType.PUBLIC_UPDATE_PUBLISHED) {
			return new TimelineRow(entry.at(), entry.actor(), entry.type(),
					List.of("public status: " + Formats.label(entry.details().get("status"))),
					Markdown.toHtml(String.valueOf(entry.details().get("message"))));
		}
		List<String> details = entry.details()
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map(detail -> words(detail.getKey()) + ": " + text(detail.getValue()))
			.toList();
		return new TimelineRow(entry.at(), entry.actor(), entry.type(), details, null);
	}

	private static String text(Object value) {
		if (value instanceof Map<?, ?> map) {
			return map.entrySet()
				.stream()
				.map(e -> words(String.valueOf(e.getKey())) + " " + text(e.getValue()))
				.collect(Collectors.joining(", "));
		}
		if (value instanceof Collection<?> items) {
			return items.stream().map(TimelineRow::text).collect(Collectors.joining(" / "));
		}
		return String.valueOf(value);
	}

	/** "changeDescription" → "change description". */
	private static String words(String key) {
		return key.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
	}

}
