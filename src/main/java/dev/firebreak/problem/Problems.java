package dev.firebreak.problem;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.MonitoredService;
import dev.firebreak.incident.RootCauseAnalysis;
import dev.firebreak.incident.ServiceCatalogue;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading problems and editing their known-error workaround, each checked against who
 * asks: responders see the problems of services their teams own; managers, auditors and
 * admins see all; only managers edit workarounds.
 */
@Service
@Transactional
class Problems {

	/** Most incidents a problem's detail lists. */
	static final int INCIDENTS_SHOWN = 100;

	private final ProblemRepository problems;

	private final IncidentService incidents;

	private final ServiceCatalogue catalogue;

	private final RecurrenceRule rule;

	private final Clock clock;

	Problems(ProblemRepository problems, IncidentService incidents, ServiceCatalogue catalogue, RecurrenceRule rule,
			Clock clock) {
		this.problems = problems;
		this.incidents = incidents;
		this.catalogue = catalogue;
		this.rule = rule;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	ProblemPage list(ProblemFilter filter, int page, int size, Viewer viewer) {
		Instant windowStart = rule.windowStart(now());
		ProblemRepository.Page found = problems.search(filter, visibleServices(viewer), windowStart, page, size);
		Map<Long, List<Long>> incidentIds = problems
			.incidentIds(found.items().stream().map(ProblemRecord::id).toList());
		Map<Long, RootCauseAnalysis> analyses = incidents
			.rootCauseAnalyses(incidentIds.values().stream().flatMap(List::stream).toList());
		List<ProblemSummary> items = found.items()
			.stream()
			.map(problem -> ProblemSummary.of(problem,
					status(incidentIds.getOrDefault(problem.id(), List.of()), analyses)))
			.toList();
		return new ProblemPage(items, page, size, found.total(), rule.window(), windowStart);
	}

	@Transactional(readOnly = true)
	ProblemView get(long id, Viewer viewer) {
		Instant windowStart = rule.windowStart(now());
		ProblemRecord problem = visible(id, windowStart, viewer);
		List<Long> incidentIds = problems.incidentIds(List.of(id)).getOrDefault(id, List.of());
		Map<Long, RootCauseAnalysis> analyses = incidents.rootCauseAnalyses(incidentIds);
		List<ProblemView.LinkedIncident> shown = new ArrayList<>();
		for (Long incidentId : incidentIds) {
			if (shown.size() == INCIDENTS_SHOWN) {
				break;
			}
			Incident incident = incidents.get(incidentId);
			if (viewer.seesAllTeams() || viewer.teams().contains(incident.team())) {
				shown.add(ProblemView.LinkedIncident.of(incident, analyses.get(incidentId)));
			}
		}
		return ProblemView.of(problem, status(incidentIds, analyses), rule, windowStart, shown);
	}

	/** Managers only: replaces the workaround, recording who wrote it and when. */
	ProblemView updateKnownError(long id, String workaround, Viewer viewer) {
		if (!viewer.manager()) {
			throw new AccessDeniedException("Only managers may edit a problem's known-error workaround.");
		}
		visible(id, rule.windowStart(now()), viewer);
		problems.updateWorkaround(id, workaround, viewer.username(), now());
		return get(id, viewer);
	}

	private ProblemRecord visible(long id, Instant windowStart, Viewer viewer) {
		ProblemRecord problem = problems.find(id, windowStart)
			.orElseThrow(() -> new ProblemNotFoundException(ProblemNumbers.number(id)));
		Set<String> services = visibleServices(viewer);
		if (services != null && !services.contains(problem.service())) {
			throw new AccessDeniedException("Problem " + problem.number() + " is about service " + problem.service()
					+ ", which none of your teams owns.");
		}
		return problem;
	}

	/** Null: every service. A responder: the services their teams own. */
	private Set<String> visibleServices(Viewer viewer) {
		if (viewer.seesAllTeams()) {
			return null;
		}
		return catalogue.all()
			.stream()
			.filter(service -> viewer.teams().contains(service.owningTeam()))
			.map(MonitoredService::name)
			.collect(Collectors.toSet());
	}

	private static RcaStatus status(Collection<Long> incidentIds, Map<Long, RootCauseAnalysis> analyses) {
		return RcaStatus.of(incidentIds.stream().map(analyses::get).filter(a -> a != null).toList());
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
