package dev.firebreak.report;

import dev.firebreak.sla.SlaState;
import dev.firebreak.sla.SlaClocks;
import dev.firebreak.sla.SlaTerms;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.firebreak.incident.IncidentQueries;
import dev.firebreak.incident.IncidentRecord;
import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.incident.TimelineRecord;
import dev.firebreak.incident.TimelineType;
import dev.firebreak.report.UserFeedback.IncidentFeedback;
import dev.firebreak.status.FeedbackQueries;

import org.springframework.stereotype.Component;

/**
 * What the reports read of the incident feature, through its query API and service
 * catalogue: reports are read models, but the tables stay their owner's.
 */
@Component
class ReportData {

	private final IncidentQueries incidents;

	private final ServiceCatalogue catalogue;

	private final FeedbackQueries feedback;

	private final ObjectMapper json;

	private final SlaClocks clocks;

	ReportData(IncidentQueries incidents, ServiceCatalogue catalogue, FeedbackQueries feedback, ObjectMapper json,
			SlaClocks clocks) {
		this.clocks = clocks;
		this.incidents = incidents;
		this.catalogue = catalogue;
		this.feedback = feedback;
		this.json = json;
	}

	/**
	 * The status page survey's answers given within the period, per incident (most
	 * answers first), each with the team owning its service.
	 */
	UserFeedback userFeedback(Period period, Map<String, String> teams) {
		Map<Long, List<FeedbackQueries.Answer>> byIncident = feedback.givenIn(period.from(), period.to())
			.stream()
			.collect(Collectors.groupingBy(FeedbackQueries.Answer::incidentId));
		List<IncidentFeedback> rows = incidents.byIds(byIncident.keySet()).stream().map(incident -> {
			List<FeedbackQueries.Answer> answers = byIncident.get(incident.id());
			return new IncidentFeedback(incident.number(), incident.service(), teams.get(incident.service()),
					answers.size(), answers.stream().mapToInt(FeedbackQueries.Answer::rating).average().orElse(0),
					answers.stream().map(FeedbackQueries.Answer::comment).filter(c -> c != null).toList());
		})
			.sorted(java.util.Comparator.comparingLong(IncidentFeedback::answers)
				.reversed()
				.thenComparing(IncidentFeedback::incident))
			.toList();
		return UserFeedback.of(rows);
	}

	/** Every service of the catalogue, enabled or not, by name. */
	List<ServiceInfo> services() {
		return catalogue.all()
			.stream()
			.map(service -> new ServiceInfo(service.name(), service.tier(), service.owningTeam(),
					service.uptimeTarget()))
			.toList();
	}

	/** Incidents detected, acknowledged, mitigated or resolved within the period. */
	List<IncidentRecord> incidentsActiveIn(Period period) {
		return incidents.activeIn(period.from(), period.to());
	}

	/**
	 * Their SLA clocks at {@code at}, by incident id, as {@code sla} computes them for
	 * the incident page too.
	 */
	Map<Long, SlaState> sla(List<IncidentRecord> records, Instant at) {
		return clocks.states(records, at);
	}

	/**
	 * The incidents that waited at some moment of the period, each with the terms of its
	 * clocks at {@code at} (its waits among them).
	 */
	Map<IncidentRecord, SlaTerms> waitedIn(Period period, Instant at) {
		List<IncidentRecord> waited = incidents.byIds(clocks.waitedIn(period.from(), period.to()));
		Map<Long, SlaTerms> terms = clocks.terms(waited, at);
		Map<IncidentRecord, SlaTerms> byIncident = new LinkedHashMap<>();
		waited.forEach(incident -> byIncident.put(incident, terms.get(incident.id())));
		return byIncident;
	}

	/** Incidents whose acknowledge or resolve due time falls within the period. */
	List<IncidentRecord> incidentsDueIn(Period period) {
		return incidents.dueIn(period.from(), period.to());
	}

	/**
	 * Incidents that, at the end of the period, were detected, past their resolve due
	 * time, not resolved and not cancelled.
	 */
	List<IncidentRecord> openPastResolveDue(Period period) {
		return incidents.openPastResolveDue(period.to());
	}

	/**
	 * Timeline entries of one type within the period, oldest first, with their incident.
	 * @param details what the type's details were written from (a stage report)
	 */
	<T> List<TimelineFact<T>> entries(TimelineType type, Class<T> details, Period period) {
		List<TimelineRecord> entries = incidents.entries(type, period.from(), period.to());
		Map<Long, IncidentRecord> byId = incidents
			.byIds(entries.stream().map(TimelineRecord::incidentId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(IncidentRecord::id, Function.identity()));
		return entries.stream().map(entry -> {
			IncidentRecord incident = byId.get(entry.incidentId());
			return new TimelineFact<>(entry.incidentId(), incident.service(), incident.title(), entry.at(),
					entry.actor(), details(entry.details(), details));
		}).toList();
	}

	private <T> T details(String text, Class<T> type) {
		try {
			// no details at all read as a report without values
			return json.readValue(text == null ? "{}" : text, type);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("A timeline entry's details are not JSON", ex);
		}
	}

}
