package dev.firebreak.task.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.firebreak.sla.SlaClock;
import dev.firebreak.task.IncidentDetail;

/**
 * The incident beside a task's form: its facts, its SLA clocks and what happened last.
 * The incident's own page is the incident feature's; this is only the task page's side.
 *
 * @param recent the last few timeline entries, newest first
 */
record IncidentContext(IncidentDetail detail, SlaClock acknowledge, SlaClock resolve,
		List<IncidentDetail.Entry> recent) {

	private static final int RECENT = 5;

	static IncidentContext of(IncidentDetail incident, Instant now) {
		List<IncidentDetail.Entry> timeline = incident.timeline();
		List<IncidentDetail.Entry> recent = new ArrayList<>(
				timeline.subList(Math.max(0, timeline.size() - RECENT), timeline.size()));
		Collections.reverse(recent);
		return new IncidentContext(incident, SlaClock.of("acknowledge", incident.sla().acknowledge(), now),
				SlaClock.of("resolve", incident.sla().resolve(), now), recent);
	}

}
