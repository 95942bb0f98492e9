package dev.firebreak.task.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.firebreak.task.IncidentDetail;
import dev.firebreak.sla.SlaClock;

/**
 * An incident as its page (and the task page beside its form) shows it.
 *
 * @param diagramElement the BPMN element of its current stage, highlighted on the diagram
 * @param timeline oldest first: the story from detection on
 * @param recent the last few entries, newest first, for the side of a task
 * @param resolution the time spent in each stage, against the SLA targets
 */
record IncidentView(IncidentDetail detail, SlaClock acknowledge, SlaClock resolve, String diagramElement,
		List<WorkItem> openTasks, List<TimelineRow> timeline, List<TimelineRow> recent, ResolutionTimeline resolution) {

	private static final int RECENT = 5;

	static IncidentView of(IncidentDetail incident, Instant now) {
		List<TimelineRow> timeline = incident.timeline().stream().map(TimelineRow::of).toList();
		List<TimelineRow> recent = new ArrayList<>(
				timeline.subList(Math.max(0, timeline.size() - RECENT), timeline.size()));
		Collections.reverse(recent);
		return new IncidentView(incident, SlaClock.of("acknowledge", incident.sla().acknowledge(), now),
				SlaClock.of("resolve", incident.sla().resolve(), now),
				DiagramElements.of(incident.stage(), incident.status()),
				incident.openTasks().stream().map(task -> WorkItem.of(task, now)).toList(), timeline, recent,
				ResolutionTimeline.of(incident, now));
	}

}
