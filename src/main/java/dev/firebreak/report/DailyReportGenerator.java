package dev.firebreak.report;

import dev.firebreak.incident.IncidentRecord;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.firebreak.followup.FollowUpQueries;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.StageReport;
import dev.firebreak.incident.TimelineType;
import dev.firebreak.probe.Availability;
import dev.firebreak.probe.AvailabilityQuery;
import dev.firebreak.problem.ProblemQueries;
import dev.firebreak.report.DailyReport.ActionItem;
import dev.firebreak.report.DailyReport.CompletedRca;
import dev.firebreak.report.DailyReport.Evaluation;
import dev.firebreak.report.DailyReport.EvaluationFigures;
import dev.firebreak.report.DailyReport.Learning;
import dev.firebreak.report.DailyReport.Monitoring;
import dev.firebreak.report.DailyReport.OverdueFollowUp;
import dev.firebreak.report.DailyReport.OverdueIncident;
import dev.firebreak.report.DailyReport.ServiceEvaluation;
import dev.firebreak.report.DailyReport.RecurringProblem;
import dev.firebreak.report.DailyReport.ServiceMonitoring;

import org.springframework.stereotype.Component;

/**
 * Computes the daily report of the whole organisation from the stored facts; it writes
 * nothing. The evaluation needs the 30 days before the report day, so it reads the 31
 * days once and tallies them per service and day.
 */
@Component
class DailyReportGenerator {

	static final int BASELINE_DAYS = 30;

	/**
	 * RCAs completed within this many days, the report day included, have open actions.
	 */
	static final int ACTION_ITEM_DAYS = 30;

	private final ReportData data;

	private final ProblemQueries problems;

	private final AvailabilityQuery availability;

	private final FollowUpQueries followUps;

	private final ReportCalendar calendar;

	private final MaintenanceFigures maintenance;

	DailyReportGenerator(ReportData data, ProblemQueries problems, AvailabilityQuery availability,
			FollowUpQueries followUps, ReportCalendar calendar, MaintenanceFigures maintenance) {
		this.maintenance = maintenance;
		this.data = data;
		this.problems = problems;
		this.availability = availability;
		this.followUps = followUps;
		this.calendar = calendar;
	}

	DailyReport generate(LocalDate date, Instant generatedAt, String generatedBy) {
		Period day = calendar.day(date);
		Period window = calendar.days(date.minusDays(BASELINE_DAYS), date);
		List<ServiceInfo> services = data.services();
		Map<String, String> teams = services.stream().collect(Collectors.toMap(ServiceInfo::name, ServiceInfo::team));
		List<IncidentRecord> active = data.incidentsActiveIn(window);
		Tallies tallies = Tallies.of(active, data.sla(active, window.to()),
				data.entries(TimelineType.HOTFIX_DEPLOYED, StageReport.Hotfix.class, window), window, calendar,
				service -> true);

		MaintenanceFigures.Windows windows = maintenance.of(day);
		List<ServiceMonitoring> monitoring = new ArrayList<>();
		List<ServiceEvaluation> evaluation = new ArrayList<>();
		for (ServiceInfo service : services) {
			Availability figures = availability.of(service.name(), day.from(), day.to());
			Tally today = tallies.of(service.name()).getOrDefault(date, new Tally());
			monitoring.add(new ServiceMonitoring(service.name(), service.team(), service.tier(), figures.samples(),
					figures.uptimePercent(), figures.meanResponseMs(), figures.p95ResponseMs(), figures.errorRate(),
					today.opened, figures.p50ResponseMs(), figures.degradedSeconds(), windows.of(service.name())));
			evaluation
				.add(new ServiceEvaluation(service.name(), service.team(), evaluate(tallies.of(service.name()), date)));
		}
		return new DailyReport(date, calendar.zone().getId(), day.from(), day.to(), generatedAt, generatedBy, null,
				new Monitoring(monitoring),
				new Evaluation(evaluate(tallies.all(), date), evaluation, data.userFeedback(day, teams)),
				learning(date, day, teams));
	}

	private static EvaluationFigures evaluate(Map<LocalDate, Tally> days, LocalDate date) {
		return new EvaluationFigures(figure(days, date, t -> (double) t.resolved),
				figure(days, date, Tally::mttaSeconds), figure(days, date, Tally::mttrSeconds),
				figure(days, date, Tally::slaCompliancePercent), figure(days, date, Tally::ackCompliancePercent),
				figure(days, date, t -> (double) t.hotfixes));
	}

	/**
	 * The baseline is the mean of the daily figures over the 30 days before the report
	 * day. A count is 0 on a quiet day; a mean or share has no figure then, and such days
	 * are left out (no day with a figure: no baseline).
	 */
	private static Figure figure(Map<LocalDate, Tally> days, LocalDate date, Function<Tally, Double> measure) {
		Function<LocalDate, Double> on = day -> measure.apply(days.getOrDefault(day, new Tally()));
		double sum = 0;
		int counted = 0;
		for (int back = 1; back <= BASELINE_DAYS; back++) {
			Double value = on.apply(date.minusDays(back));
			if (value != null) {
				sum += value;
				counted++;
			}
		}
		return Figure.of(on.apply(date), on.apply(date.minusDays(1)), counted == 0 ? null : sum / counted);
	}

	private Learning learning(LocalDate date, Period day, Map<String, String> teams) {
		List<CompletedRca> rcas = data.entries(TimelineType.ROOT_CAUSE_RECORDED, StageReport.RootCause.class, day)
			.stream()
			.map(rca -> new CompletedRca(rca.number(), rca.service(), teams.get(rca.service()), rca.title(), rca.at(),
					rca.actor(), name(rca.details().rootCauseCategory()), rca.details().preventiveActions()))
			.toList();
		List<ActionItem> actions = data
			.entries(TimelineType.ROOT_CAUSE_RECORDED, StageReport.RootCause.class,
					calendar.days(date.minusDays(ACTION_ITEM_DAYS - 1), date))
			.stream()
			.map(rca -> new ActionItem(rca.number(), rca.service(), teams.get(rca.service()), rca.at(),
					rca.details().preventiveActions()))
			.toList();
		List<OverdueIncident> overdue = data.openPastResolveDue(day)
			.stream()
			.map(incident -> new OverdueIncident(incident.number(), incident.service(), teams.get(incident.service()),
					incident.title(), name(incident.priority()), incident.detectedAt(), incident.resolveDueAt(),
					Duration.between(incident.resolveDueAt(), day.to()).toMillis() / 1000.0))
			.toList();
		List<OverdueFollowUp> overdueFollowUps = followUps.overdueAt(day.to())
			.stream()
			.map(followUp -> new OverdueFollowUp(followUp.incidentNumber(), followUp.title(), followUp.owner(),
					followUp.team(), followUp.dueDate(), followUp.status().name()))
			.toList();
		return new Learning(recurringProblems(day, teams), rcas, actions, overdue,
				followUps.figures(day.from(), day.to()), overdueFollowUps);
	}

	/** The problems (of the problem feature) that came back on the day. */
	private List<RecurringProblem> recurringProblems(Period day, Map<String, String> teams) {
		return problems.detectedIn(day.from(), day.to())
			.stream()
			.map(recurrence -> new RecurringProblem(recurrence.service(), teams.get(recurrence.service()),
					recurrence.title(), recurrence.incidentIds().size(),
					recurrence.incidentIds().stream().map(Incident::number).toList()))
			.toList();
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

}
