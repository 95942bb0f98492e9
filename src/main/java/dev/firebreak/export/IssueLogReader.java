package dev.firebreak.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.firebreak.followup.FollowUp;
import dev.firebreak.followup.FollowUpQueries;
import dev.firebreak.incident.IncidentFilter;
import dev.firebreak.change.ChangeQueries;
import dev.firebreak.incident.IncidentQueries;
import dev.firebreak.incident.IncidentRecord;
import dev.firebreak.incident.TimelineHead;
import dev.firebreak.incident.TimelineRecord;
import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.status.FeedbackQueries;
import dev.firebreak.suppression.MaintenanceQueries;
import dev.firebreak.suppression.MaintenanceWindow;
import dev.firebreak.suppression.SuppressedAlert;
import dev.firebreak.task.WorkTaskQueries;
import dev.firebreak.task.WorkTaskRecord;

import org.springframework.stereotype.Component;

/**
 * What the issue log reads, through the owners' query APIs (incident, task, status for
 * the survey's answers, followup for follow-up actions): incidents by keyset pages of id,
 * then the timeline entries and tasks of just that page, so that no page needs more
 * memory than its own rows.
 */
@Component
class IssueLogReader {

	/** Incident ids per query when counting a filtered export's tasks. */
	private static final int COUNT_PAGE = 5_000;

	private final IncidentQueries incidents;

	private final WorkTaskQueries tasks;

	private final FeedbackQueries feedback;

	private final MaintenanceQueries maintenance;

	private final ServiceCatalogue catalogue;

	private final FollowUpQueries followUps;

	private final ChangeQueries changes;

	IssueLogReader(IncidentQueries incidents, WorkTaskQueries tasks, FeedbackQueries feedback,
			MaintenanceQueries maintenance, ServiceCatalogue catalogue, FollowUpQueries followUps,
			ChangeQueries changes) {
		this.followUps = followUps;
		this.changes = changes;
		this.maintenance = maintenance;
		this.catalogue = catalogue;
		this.incidents = incidents;
		this.tasks = tasks;
		this.feedback = feedback;
	}

	/**
	 * The next alerts silences and maintenance windows suppressed within the filters'
	 * time range, after the alert id {@code after}.
	 */
	List<SuppressedAlert> suppressedAlerts(ExportFilters filters, long after, int limit) {
		return maintenance.suppressedIn(filters.from(), filters.to(), after, limit);
	}

	/**
	 * The next changes reported within the filters' time range and services, after the
	 * change id {@code after}, each with the incidents that followed it.
	 */
	List<ChangeQueries.LinkedChange> changes(ExportFilters filters, Set<String> services, long after, int limit) {
		return changes.page(filters.from(), filters.to(), services, after, limit);
	}

	/** Maintenance windows planned within the filters' time range, by start. */
	List<MaintenanceWindow> maintenanceWindows(ExportFilters filters) {
		return maintenance.windowsIn(filters.from(), filters.to());
	}

	/**
	 * The services the filters cover (the one named, or those of the team named), or null
	 * for every service.
	 */
	Set<String> services(ExportFilters filters) {
		if (filters.service() != null) {
			return Set.of(filters.service());
		}
		if (filters.team() != null) {
			return catalogue.all()
				.stream()
				.filter(service -> filters.team().equals(service.owningTeam()))
				.map(service -> service.name())
				.collect(Collectors.toSet());
		}
		return null;
	}

	/** The follow-up actions of these incidents, earliest due first. */
	List<FollowUp> followUps(List<Long> incidentIds) {
		return followUps.ofIncidents(incidentIds);
	}

	/** The day of {@code at} in the zone follow-up due dates are kept in. */
	LocalDate followUpDay(Instant at) {
		return followUps.dayAt(at);
	}

	/** The status page survey's answers on these incidents, by incident, then oldest. */
	List<FeedbackQueries.Answer> feedback(List<Long> incidentIds) {
		return feedback.ofIncidents(incidentIds);
	}

	/**
	 * Where the export stops, taken before it starts, so that rows written meanwhile are
	 * left out consistently.
	 */
	Bounds bounds() {
		return new Bounds(incidents.lastIncidentId(), incidents.lastTimelineEntryId());
	}

	/** The next page of matching incidents with ids above {@code after}. */
	List<IncidentRecord> incidents(ExportFilters filters, long after, long maxIncident, int size) {
		return incidents.page(filters.incidentFilter(), after, maxIncident, size);
	}

	/** The ids of the next page of matching incidents, for readers that need no more. */
	List<Long> incidentIds(ExportFilters filters, long after, long maxIncident, int size) {
		return incidents.idPage(filters.incidentFilter(), after, maxIncident, size);
	}

	/**
	 * Every entry of these incidents (ascending ids) up to the bound, by incident, then
	 * id.
	 */
	List<TimelineRecord> entries(List<Long> incidentIds, long maxEntry) {
		return incidents.timelines(incidentIds, maxEntry);
	}

	/** The newest entry up to the bound of each of these incidents. */
	List<TimelineHead> heads(Collection<Long> incidentIds, long maxEntry) {
		return incidents.timelineHeads(incidentIds, maxEntry);
	}

	/**
	 * Every human task of these incidents (ascending ids), by incident, then creation.
	 */
	List<WorkTaskRecord> tasks(List<Long> incidentIds) {
		return tasks.ofIncidents(incidentIds);
	}

	/** Incidents, timeline entries and tasks the export will read: its progress total. */
	long countRows(ExportFilters filters, Bounds bounds) {
		IncidentFilter filter = filters.incidentFilter();
		long total = incidents.count(filter, bounds.maxIncident());
		total += incidents.countTimelineEntries(filter, bounds.maxIncident(), bounds.maxEntry());
		long after = 0;
		for (List<Long> ids = incidents.idPage(filter, after, bounds.maxIncident(), COUNT_PAGE); !ids
			.isEmpty(); ids = incidents.idPage(filter, after, bounds.maxIncident(), COUNT_PAGE)) {
			total += tasks.countOfIncidents(ids);
			after = ids.get(ids.size() - 1);
		}
		return total;
	}

	long countIncidents(ExportFilters filters) {
		return incidents.count(filters.incidentFilter(), Long.MAX_VALUE);
	}

	/**
	 * @param maxEntry the newest timeline entry the export includes
	 */
	record Bounds(long maxIncident, long maxEntry) {
	}

}
