package dev.firebreak.incident.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.firebreak.incident.Stage;
import dev.firebreak.incident.TimelineType;
import dev.firebreak.sla.SlaCountdown;
import dev.firebreak.task.IncidentDetail;
import dev.firebreak.web.Formats;

/**
 * The time an incident spent in each stage of the route, read from its timeline, drawn as
 * one horizontal bar from detection on, against its SLA targets. The bar reaches at least
 * to the resolve due time, so that a glance shows how much of the allowed time is used.
 *
 * @param stages oldest first; the last one runs up to now while the incident is open
 * @param targets the acknowledge and resolve targets that are set
 * @param escalations when the incident was escalated (by the route or by a manager)
 */
record ResolutionTimeline(Instant start, Instant end, boolean running, List<Segment> stages, List<Target> targets,
		List<Mark> escalations) {

	static ResolutionTimeline of(IncidentDetail incident, Instant now) {
		boolean running = !incident.status().isTerminal();
		Instant end = running || incident.closedAt() == null ? now : incident.closedAt();
		List<Span> spans = spans(incident, end);
		Instant axisEnd = latest(end, incident.sla().acknowledge().due(), incident.sla().resolve().due());
		Axis axis = new Axis(incident.detectedAt(), axisEnd);
		List<Segment> stages = spans.stream().map(span -> Segment.of(span, axis)).toList();
		List<Target> targets = new ArrayList<>();
		Target.of("Acknowledge", incident.sla().acknowledge(), axis).ifPresent(targets::add);
		Target.of("Resolve", incident.sla().resolve(), axis).ifPresent(targets::add);
		List<Mark> escalations = incident.timeline()
			.stream()
			.filter(entry -> entry.type() == TimelineType.ESCALATED)
			.map(entry -> new Mark(entry.at(), axis.percent(entry.at()), entry.actor()))
			.toList();
		return new ResolutionTimeline(incident.detectedAt(), end, running, stages, targets, escalations);
	}

	/**
	 * Detection lasts until the first priority decision; every later stage starts where
	 * the timeline says the route entered it. Closed is where the time ends, not a stage
	 * that takes any.
	 */
	private static List<Span> spans(IncidentDetail incident, Instant end) {
		List<Span> spans = new ArrayList<>();
		Stage current = Stage.DETECTION;
		Instant since = incident.detectedAt();
		for (IncidentDetail.Entry entry : incident.timeline()) {
			Stage next = null;
			if (entry.type() == TimelineType.PRIORITISED && current == Stage.DETECTION) {
				next = Stage.PRIORITISATION;
			}
			else if (entry.type() == TimelineType.STAGE_ENTERED && entry.details().get("to") != null) {
				next = Stage.valueOf(String.valueOf(entry.details().get("to")));
			}
			if (next != null && next != current) {
				spans.add(new Span(current, since, entry.at()));
				current = next;
				since = entry.at();
			}
		}
		if (current != Stage.CLOSED) {
			spans.add(new Span(current, since, latest(since, end)));
		}
		return spans;
	}

	private static Instant latest(Instant first, Instant... others) {
		Instant latest = first;
		for (Instant other : others) {
			if (other != null && other.isAfter(latest)) {
				latest = other;
			}
		}
		return latest;
	}

	private record Span(Stage stage, Instant from, Instant to) {
	}

	/** Where instants fall on the bar, in per cent of its length. */
	private record Axis(Instant start, Instant end) {

		double percent(Instant at) {
			long total = Math.max(1, Duration.between(start, end).toSeconds());
			return Math.round(Duration.between(start, at).toSeconds() * 10000.0 / total) / 100.0;
		}

	}

	/**
	 * One stage on the bar.
	 *
	 * @param offset where it starts, per cent of the bar
	 * @param width how much of the bar it takes, per cent
	 */
	record Segment(Stage stage, Instant from, Instant to, long seconds, String spent, double offset, double width) {

		static Segment of(Span span, Axis axis) {
			Duration spent = Duration.between(span.from(), span.to());
			double offset = axis.percent(span.from());
			return new Segment(span.stage(), span.from(), span.to(), spent.toSeconds(), Formats.span(spent), offset,
					Math.round((axis.percent(span.to()) - offset) * 100) / 100.0);
		}

	}

	/**
	 * An SLA target: when it was due, and whether it was met.
	 *
	 * @param allowed the time from detection to the due time
	 * @param outcome in words, e.g. "met after 10 min", "breached by 5 min", "running"
	 */
	record Target(String name, Instant due, String allowed, double offset, String outcome, boolean breached) {

		static Optional<Target> of(String name, SlaCountdown countdown, Axis axis) {
			if (countdown.due() == null) {
				return Optional.empty();
			}
			String outcome;
			if (countdown.stoppedAt() == null) {
				outcome = countdown.breached() ? "breached, still running" : "running";
			}
			else {
				String after = Formats.span(Duration.between(axis.start(), countdown.stoppedAt()));
				outcome = (countdown.breached() ? "breached: stopped after " : "met after ") + after;
			}
			return Optional
				.of(new Target(name, countdown.due(), Formats.span(Duration.between(axis.start(), countdown.due())),
						axis.percent(countdown.due()), outcome, countdown.breached()));
		}

	}

	/** An escalation on the bar. */
	record Mark(Instant at, double offset, String actor) {
	}

}
