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

import dev.firebreak.change.ChangeQueries;
import dev.firebreak.incident.IncidentRecord;
import dev.firebreak.incident.Priority;
import dev.firebreak.probe.Availability;
import dev.firebreak.probe.AvailabilityQuery;
import dev.firebreak.report.SlaReport.Breach;
import dev.firebreak.report.SlaReport.KindAvailability;
import dev.firebreak.report.SlaReport.PriorityCompliance;
import dev.firebreak.report.SlaReport.ServiceChanges;
import dev.firebreak.report.SlaReport.ServiceSla;
import dev.firebreak.security.Actor;
import dev.firebreak.sla.SlaCountdown;
import dev.firebreak.sla.SlaState;

import org.springframework.stereotype.Service;

/**
 * Monthly SLA compliance: uptime against each service's target (outside maintenance
 * windows when {@code firebreak.reports.sla-excludes-maintenance} says so, the default),
 * availability during maintenance apart, acknowledge and resolve compliance per priority,
 * every breach, each service's change failure rate (change's {@code ChangeQueries}), and
 * the incidents that waited, their clocks paused. A running month is reported up to now.
 */
@Service
public class SlaReports {

	private final ReportData data;

	private final AvailabilityQuery availability;

	private final ReportCalendar calendar;

	private final MaintenanceFigures maintenance;

	private final boolean excludeMaintenance;

	private final ChangeQueries changes;

	private final SlaWaits waits;

	SlaReports(ReportData data, AvailabilityQuery availability, ReportCalendar calendar, MaintenanceFigures maintenance,
			ReportProperties properties, ChangeQueries changes, SlaWaits waits) {
		this.waits = waits;
		this.changes = changes;
		this.maintenance = maintenance;
		this.excludeMaintenance = properties.slaExcludesMaintenance();
		this.data = data;
		this.availability = availability;
		this.calendar = calendar;
	}

	/**
	 * @throws ReportNotFoundException for a month that has not begun
	 */
	public SlaReport get(YearMonth month, Actor actor) {
		return get(ReviewPeriod.month(month), actor);
	}

	/**
	 * The same report over a week, a month or a quarter.
	 * @throws ReportNotFoundException for a period that has not begun
	 */
	public SlaReport get(ReviewPeriod chosen, Actor actor) {
		ReportAudience audience = ReportAudience.of(actor);
		Instant now = calendar.now().truncatedTo(ChronoUnit.MILLIS);
		Period whole = calendar.days(chosen.first(), chosen.last());
		if (!whole.from().isBefore(now)) {
			throw new ReportNotFoundException("The report for " + chosen.label() + " does not exist yet: the "
					+ chosen.cadence().noun() + " has not begun in " + calendar.zone().getId() + ".");
		}
		YearMonth month = chosen.cadence() == ReviewPeriod.Cadence.MONTH ? YearMonth.from(chosen.first()) : null;
		boolean complete = !whole.to().isAfter(now);
		Period period = complete ? whole : new Period(whole.from(), now);
		List<ServiceInfo> services = data.services();
		Map<String, String> teams = services.stream().collect(Collectors.toMap(ServiceInfo::name, ServiceInfo::team));
		Map<String, Map<Priority, Tally>> byService = new HashMap<>();
		Map<Priority, Tally> all = new EnumMap<>(Priority.class);
		List<IncidentRecord> active = data.incidentsActiveIn(period);
		Map<Long, SlaState> clocks = data.sla(active, now);
		for (IncidentRecord incident : active) {
			if (incident.priority() == null) {
				continue;
			}
			List<Tally> tallies = List.of(
					byService.computeIfAbsent(incident.service(), s -> new EnumMap<>(Priority.class))
						.computeIfAbsent(incident.priority(), p -> new Tally()),
					all.computeIfAbsent(incident.priority(), p -> new Tally()));
			Tally.count(incident, clocks.get(incident.id()), (at, change) -> {
				if (period.contains(at)) {
					tallies.forEach(change);
				}
			});
		}
		List<ServiceSla> rows = new ArrayList<>();
		MaintenanceFigures.Windows windows = maintenance.of(period);
		for (ServiceInfo service : services) {
			Availability figures = availability.of(service.name(), period.from(), period.to());
			double target = service.uptimeTargetPercent();
			Double uptime = figures.uptimePercent();
			MaintenanceTime planned = windows.of(service.name());
			Double slaUptime = excludeMaintenance ? planned.outsideUptimePercent() : uptime;
			rows.add(new ServiceSla(service.name(), service.team(), service.tier(), target, figures.samples(), uptime,
					slaUptime == null ? null : slaUptime >= target,
					compliance(byService.getOrDefault(service.name(), Map.of())), planned, slaUptime));
		}
		// a team's view counts the checks of its own services only
		List<String> visible = audience.everything() ? null
				: audience.filter(rows).stream().map(ServiceSla::service).toList();
		List<KindAvailability> kinds = availability.uptimeByKind(visible, period.from(), period.to())
			.entrySet()
			.stream()
			.map(kind -> new KindAvailability(kind.getKey().name(), kind.getValue().samples(),
					kind.getValue().uptimePercent()))
			.toList();
		SlaReport report = new SlaReport(month, chosen.label(), chosen.cadence().name(), calendar.zone().getId(),
				period.from(), period.to(), complete, now, null, rows, compliance(all), breaches(period, now, teams),
				kinds, data.userFeedback(period, teams), excludeMaintenance, changeFailure(period, teams),
				waits.of(period, now, teams));
		return report.visibleTo(audience);
	}

	private List<ServiceChanges> changeFailure(Period period, Map<String, String> teams) {
		double windowHours = changes.window().toMinutes() / 60.0;
		return changes.failureRates(period.from(), period.to())
			.entrySet()
			.stream()
			.map(rate -> new ServiceChanges(rate.getKey(), teams.get(rate.getKey()), rate.getValue().changes(),
					rate.getValue().failedChanges(), rate.getValue().incidentsAfterChanges(),
					rate.getValue().failureRatePercent(), windowHours))
			.toList();
	}

	private static List<PriorityCompliance> compliance(Map<Priority, Tally> byPriority) {
		List<PriorityCompliance> rows = new ArrayList<>();
		for (Priority priority : Priority.values()) {
			Tally tally = byPriority.getOrDefault(priority, new Tally());
			rows.add(new PriorityCompliance(priority.name(), tally.acknowledgeClocks, tally.acknowledgedWithinSla,
					tally.ackCompliancePercent(), tally.resolved, tally.resolvedWithinSla,
					tally.slaCompliancePercent()));
		}
		return rows;
	}

	/**
	 * Every clock whose due time falls within the period and that {@link SlaState} counts
	 * as breached: stopped after its due time, or still running past it. Due times are
	 * computed (a pause or a policy moves them), so the candidates are the incidents
	 * active in the period: a clock breached within it ran within it.
	 */
	private List<Breach> breaches(Period period, Instant now, Map<String, String> teams) {
		List<Breach> breaches = new ArrayList<>();
		List<IncidentRecord> active = data.incidentsActiveIn(period);
		Map<Long, SlaState> clocks = data.sla(active, now);
		for (IncidentRecord incident : active) {
			SlaState sla = clocks.get(incident.id());
			breach(incident, "acknowledge", sla.acknowledge(), period, now, teams).forEach(breaches::add);
			breach(incident, "resolve", sla.resolve(), period, now, teams).forEach(breaches::add);
		}
		breaches.sort(Comparator.comparing(Breach::dueAt).thenComparing(Breach::incident));
		return breaches;
	}

	private static List<Breach> breach(IncidentRecord incident, String clock, SlaCountdown countdown, Period period,
			Instant now, Map<String, String> teams) {
		if (!period.contains(countdown.due()) || !countdown.breached()) {
			return List.of();
		}
		Instant lateUntil = countdown.stoppedAt() != null ? countdown.stoppedAt() : now;
		return List.of(new Breach(incident.number(), incident.service(), teams.get(incident.service()),
				name(incident.priority()), incident.title(), clock, countdown.due(), countdown.stoppedAt(),
				Duration.between(countdown.due(), lateUntil).toMillis() / 1000.0));
	}

	private static String name(Priority priority) {
		return priority == null ? null : priority.name();
	}

}
