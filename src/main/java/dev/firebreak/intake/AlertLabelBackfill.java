package dev.firebreak.intake;

import java.util.List;
import java.util.Map;

import dev.firebreak.incident.IncidentQueries;
import dev.firebreak.incident.IncidentService;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives incidents opened before their alert labels were kept those labels, read from the
 * inbox as {@link IntakeAlertLabels} reads them, so that search finds them by label too.
 * An incident whose alert the inbox no longer holds gets none (and is not asked about
 * again). Every node may run it: each writes the same labels, and only where none are.
 */
@Component
class AlertLabelBackfill {

	private static final int PAGE = 200;

	private final IncidentQueries queries;

	private final IncidentService incidents;

	private final IntakeAlertLabels labels;

	AlertLabelBackfill(IncidentQueries queries, IncidentService incidents, IntakeAlertLabels labels) {
		this.queries = queries;
		this.incidents = incidents;
		this.labels = labels;
	}

	@EventListener(ApplicationReadyEvent.class)
	void backfill() {
		long after = 0;
		List<IncidentQueries.AlertKey> page;
		do {
			page = queries.withoutAlertLabels(after, PAGE);
			for (IncidentQueries.AlertKey key : page) {
				Map<String, String> found = labels.of(key.integrationId(), key.dedupKey());
				incidents.backfillAlertLabels(key.incidentId(), AlertLabels.text(found));
				after = key.incidentId();
			}
		}
		while (page.size() == PAGE);
	}

}
