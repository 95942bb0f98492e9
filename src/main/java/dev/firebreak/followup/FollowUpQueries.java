package dev.firebreak.followup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.RootCauseAnalysis;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other features read of follow-up actions (the reports, the dashboard): figures
 * over a period, the overdue ones, and whether an RCA is complete. Who may see which rows
 * is the reader's business; each action names its team.
 */
@Component
@Transactional(readOnly = true)
public class FollowUpQueries {

	private final FollowUpRepository repository;

	private final IncidentService incidents;

	private final FollowUpProperties properties;

	private final Clock clock;

	FollowUpQueries(FollowUpRepository repository, IncidentService incidents, FollowUpProperties properties,
			Clock clock) {
		this.repository = repository;
		this.incidents = incidents;
		this.properties = properties;
		this.clock = clock;
	}

	/** Today in the zone of due dates. */
	public LocalDate today() {
		return dayAt(clock.instant());
	}

	/** The day of {@code at} in the zone of due dates: overdue is judged against it. */
	public LocalDate dayAt(Instant at) {
		return LocalDate.ofInstant(at, properties.zone());
	}

	/** The actions overdue now, oldest due date first. */
	public List<FollowUp> overdue() {
		return repository.dueBefore(today());
	}

	/** The actions not settled at {@code at} and past their due date then. */
	public List<FollowUp> overdueAt(Instant at) {
		LocalDate day = LocalDate.ofInstant(at, properties.zone());
		return repository.openAt(at).stream().filter(followUp -> followUp.dueDate().isBefore(day)).toList();
	}

	public FollowUpFigures figures(Instant from, Instant to) {
		List<FollowUp> closed = repository.closedIn(from, to);
		List<FollowUp> open = repository.openAt(to);
		LocalDate end = LocalDate.ofInstant(to, properties.zone());
		return new FollowUpFigures(repository.createdIn(from, to).size(),
				closed.stream().filter(followUp -> followUp.status() == FollowUpStatus.DONE).count(),
				closed.stream().filter(followUp -> followUp.status() == FollowUpStatus.RISK_ACCEPTED).count(),
				open.size(), open.stream().filter(followUp -> followUp.dueDate().isBefore(end)).count());
	}

	/** The open actions a person owns, earliest due first. */
	public List<FollowUp> openOwnedBy(String username) {
		return repository.openAt(clock.instant().plusSeconds(1))
			.stream()
			.filter(followUp -> followUp.owner().equals(username))
			.sorted(Comparator.comparing(FollowUp::dueDate))
			.toList();
	}

	public List<FollowUp> ofIncident(long incidentId) {
		return repository.ofIncident(incidentId);
	}

	/** The actions of these incidents, earliest due first (the issue log's sheet). */
	public List<FollowUp> ofIncidents(Collection<Long> incidentIds) {
		return repository.ofIncidents(incidentIds);
	}

	public RcaCompletion completion(long incidentId) {
		RootCauseAnalysis rca = incidents.rootCauseAnalyses(List.of(incidentId)).get(incidentId);
		List<FollowUp> required = repository.ofIncident(incidentId).stream().filter(FollowUp::required).toList();
		int settled = (int) required.stream().filter(followUp -> followUp.status().settled()).count();
		RcaCompletion.State state = rca != RootCauseAnalysis.RECORDED ? RcaCompletion.State.NOT_RECORDED
				: settled == required.size() ? RcaCompletion.State.COMPLETE : RcaCompletion.State.AWAITING_ACTIONS;
		return new RcaCompletion(state, required.size(), settled);
	}

}
