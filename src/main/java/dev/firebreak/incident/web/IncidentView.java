package dev.firebreak.incident.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.firebreak.incident.TimelineType;
import dev.firebreak.sla.SlaClock;
import dev.firebreak.task.IncidentDetail;
import dev.firebreak.web.Formats;

/**
 * An incident as its page shows it.
 *
 * @param diagramElement the BPMN element of its current stage, highlighted on the diagram
 * @param timeline oldest first: the story from detection on
 * @param resolution the time spent in each stage, against the SLA targets
 * @param rootCause the root-cause analysis recorded last, or null
 */
record IncidentView(IncidentDetail detail, SlaClock acknowledge, SlaClock resolve, String diagramElement,
		List<OpenTask> openTasks, List<TimelineRow> timeline, ResolutionTimeline resolution, RootCause rootCause) {

	/**
	 * @param names people's names by username, for the timeline
	 */
	static IncidentView of(IncidentDetail incident, Instant now, Map<String, String> names, Formats formats) {
		return new IncidentView(incident, SlaClock.of("acknowledge", incident.sla().acknowledge(), now),
				SlaClock.of("resolve", incident.sla().resolve(), now),
				DiagramElements.of(incident.stage(), incident.status()),
				incident.openTasks().stream().map(task -> OpenTask.of(task, now)).toList(),
				incident.timeline().stream().map(entry -> TimelineRow.of(entry, names, formats)).toList(),
				ResolutionTimeline.of(incident, now), RootCause.of(incident, names));
	}

	/**
	 * The root-cause analysis as its own section: what it was, the five whys in order,
	 * what contributed, and what will prevent it.
	 */
	record RootCause(String category, List<String> fiveWhys, String contributingFactors, String preventiveActions,
			String recordedBy, Instant recordedAt) {

		static RootCause of(IncidentDetail incident, Map<String, String> names) {
			return incident.timeline()
				.stream()
				.filter(entry -> entry.type() == TimelineType.ROOT_CAUSE_RECORDED)
				.reduce((first, second) -> second)
				.map(entry -> {
					Map<String, Object> d = entry.details();
					List<String> whys = d.get("fiveWhys") instanceof List<?> list
							? list.stream().map(String::valueOf).toList() : List.of();
					return new RootCause(Formats.label(d.get("rootCauseCategory")), whys,
							String.valueOf(d.getOrDefault("contributingFactors", "")),
							String.valueOf(d.getOrDefault("preventiveActions", "")),
							names.getOrDefault(entry.actor(), entry.actor()), entry.at());
				})
				.orElse(null);
		}

	}

}
