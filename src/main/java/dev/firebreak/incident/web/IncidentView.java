package dev.firebreak.incident.web;

import java.time.Instant;
import java.util.List;

import dev.firebreak.sla.SlaClock;
import dev.firebreak.task.IncidentDetail;

/**
 * An incident as its page shows it.
 *
 * @param diagramElement the BPMN element of its current stage, highlighted on the diagram
 * @param timeline oldest first: the story from detection on
 * @param resolution the time spent in each stage, against the SLA targets
 */
record IncidentView(IncidentDetail detail, SlaClock acknowledge, SlaClock resolve, String diagramElement,
		List<OpenTask> openTasks, List<TimelineRow> timeline, ResolutionTimeline resolution) {

	static IncidentView of(IncidentDetail incident, Instant now) {
		return new IncidentView(incident, SlaClock.of("acknowledge", incident.sla().acknowledge(), now),
				SlaClock.of("resolve", incident.sla().resolve(), now),
				DiagramElements.of(incident.stage(), incident.status()),
				incident.openTasks().stream().map(task -> OpenTask.of(task, now)).toList(),
				incident.timeline().stream().map(TimelineRow::of).toList(), ResolutionTimeline.of(incident, now));
	}

}
