package dev.firebreak.report;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.firebreak.incident.Priority;
import dev.firebreak.probe.Availability;
import dev.firebreak.probe.AvailabilityQuery;
import dev.firebreak.report.SlaReport.Breach;
import dev.firebreak.report.SlaReport.PriorityCompliance;
import dev.firebreak.report.SlaReport.ServiceSla;
import dev.firebreak.security.Actor;

import org.springframework.stereotype.Service;

/**
 * Monthly SLA compliance: uptime against each service's target, acknowledge and resolve
 * compliance per priority, and every breach. A running month is reported up to now.
 */
@Service
public class SlaReports {

	private final ReportRepository repository;

	private final AvailabilityQuery availability;

	private final ReportCalendar calendar;

	SlaReports(ReportRepository repository, AvailabilityQuery availability, ReportCalendar calendar) {
		this.repository = repository;
		this.availability = availability;
		this.calendar = calendar;
	}

	/**
	 * @throws ReportNotFoundException for a month that has not begun
	 */
	public SlaReport get(YearMonth month, Actor actor) {
		ReportAudience audience = ReportAudience.of(actor);
		Instant now = calendar.now().truncatedTo(ChronoUnit.MILLIS);
		Period whole = calendar.month(month);
		if (!whole.from().isBefore(now)) {
			throw new ReportNotFoundException("The SLA report for " + month + " does not exist yet: the month has not"
					+ " begun in " + calendar.zone().getId() + ".");
		}
		boolean complete = !whole.to().isAfter(now);
		Period period = complete ? whole : new Period(whole.from(), now);
		List<ServiceInfo> services = repository.services();
		Map<String, String> teams = services.stream().collect(Collectors.toMap(ServiceInfo::name, ServiceInfo::team));
		Map<String, Map<Priority, Tally>> byService = new HashMap<>();
		Map<Priority, Tally> all = new EnumMap<>(Priority.class);
		for (IncidentFact incident : repository.incidentsActiveIn(period)) {
			if (incident.priority() == null) {
				continue;
			}
			List<Tally> tallies = List.of(
					byService.computeIfAbsent(incident.service(), s -> new EnumMap<>(Priority.class))
						.computeIfAbsent(incident.priority(), p -> new Tally()),
					all.computeIfAbsent(incident.priority(), p -> new Tally()));
			tallies.forEach(tally -> count(tally, incident, period));
		}
		List<ServiceSla> rows = new ArrayList<>();
		for (ServiceInfo service : services) {
			Availability figures = availability.of(service.name(), period.from(), period.to());
			double target = service.uptimeTargetPercent();
			Double uptime = figures.uptimePercent();
			rows.add(new ServiceSla(service.name(), service.team(), service.tier(), target, figures.samples(), uptime,
					uptime == null ? null : uptime >= target,
					compliance(byService.getOrDefault(service.name(), Map.of()))));
		}
		SlaReport report = new SlaReport(month, calendar.zone().getId(), period.from(), period.to(), complete, now,
				null, rows, compliance(all), breaches(period, now, teams));
		return report.visibleTo(audience);
	}

	private static void count(Tally tally, IncidentFact incident, Period period) {
		if (period.contains(incident.acknowledgedAt())) {
			tally.acknowledged(incident);
		}
		if (period.contains(incident.resolvedAt())) {
			tally.resolved(incident);
		}
	}

	private static List<PriorityCompliance> compliance(Map<Priority, Tally> byPriority) {
		List<PriorityCompliance> rows = new ArrayList<>();
		for (Priority priority : Priority.values()) {
			Tally tally = byPriority.getOrDefault(priority, new Tally());
			rows.add(new PriorityCompliance(priority.name(), tally.acknowledged, tally.acknowledgedWithinSla,
					tally.ackCompliancePercent(), tally.resolved, tally.resolvedWithinSla,
					tally.slaCompliancePercent()));
		}
		return rows;
	}

	/**
	 * A clock breaches when its due time falls within the period and it stopped after
	 * that, or still runs (the rule of {@code sla.SlaState}).
	 */
	private List<Breach> breaches(Period period, Instant now, Map<String, String> teams) {
		List<Breach> breaches = new ArrayList<>();
		for (IncidentFact incident : repository.incidentsDueIn(period)) {
			breach(incident, "acknowledge", incident.ackDueAt(), incident.acknowledgeStoppedAt(), period, now, teams)
				.forEach(breaches::add);
			breach(incident, "resolve", incident.resolveDueAt(), incident.resolveStoppedAt(), period, now, teams)
				.forEach(breaches::add);
		}
		breaches.sort(Comparator.comparing(Breach::dueAt).thenComparing(Breach::incident));
		return breaches;
	}

	private static List<Breach> breach(IncidentFact incident, String clock, Instant due, Instant stoppedAt,
			Period period, Instant now, Map<String, String> teams) {
		if (!period.contains(due) || (stoppedAt != null && !stoppedAt.isAfter(due))) {
			return List.of();
		}
		Instant lateUntil = stoppedAt != null ? stoppedAt : now;
		return List.of(new Breach(incident.number(), incident.service(), teams.get(incident.service()),
				name(incident.priority()), incident.title(), clock, due, stoppedAt,
				Duration.between(due, lateUntil).toMillis() / 1000.0));
	}

	private static String name(Priority priority) {
		return priority == null ? null : priority.name();
	}

}
