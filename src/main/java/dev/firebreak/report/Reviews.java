package dev.firebreak.report;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.firebreak.incident.IncidentRecord;
import dev.firebreak.report.Review.ServiceReview;
import dev.firebreak.security.Actor;
import dev.firebreak.sla.SlaCountdown;
import dev.firebreak.sla.SlaState;

import org.springframework.stereotype.Service;

/**
 * Weekly and quarterly reviews (monthly too): the period's SLA report from
 * {@link SlaReports}, each service's figures in the period against the
 * {@code firebreak.reviews.baseline-periods} periods before it, the findings of
 * {@link ReviewRules}, and the goals' progress from {@link Goals}.
 */
@Service
public class Reviews {

	private final SlaReports sla;

	private final ReportData data;

	private final ReportCalendar calendar;

	private final ReviewRules rules;

	private final Goals goals;

	private final int baselinePeriods;

	Reviews(SlaReports sla, ReportData data, ReportCalendar calendar, ReviewRules rules, Goals goals,
			ReviewProperties properties) {
		this.sla = sla;
		this.data = data;
		this.calendar = calendar;
		this.rules = rules;
		this.goals = goals;
		// at least one period before: a baseline of none would compare with nothing
		this.baselinePeriods = Math.max(1, properties.baselinePeriods());
	}

	/**
	 * @throws ReportNotFoundException for a period that has not begun
	 */
	public Review get(ReviewPeriod chosen, Actor actor) {
		ReportAudience audience = ReportAudience.of(actor);
		SlaReport report = sla.get(chosen, actor);
		Instant now = calendar.now().truncatedTo(ChronoUnit.MILLIS);
		List<ReviewPeriod> periods = new ArrayList<>();
		for (ReviewPeriod p = chosen; periods.size() <= baselinePeriods; p = p.previous()) {
			periods.add(0, p);
		}
		List<Period> spans = periods.stream().map(p -> calendar.days(p.first(), p.last())).toList();
		int reviewed = spans.size() - 1;
		Period current = new Period(report.from(), report.to());
		Period baseline = new Period(spans.get(0).from(), current.from());
		Period window = new Period(baseline.from(), current.to());
		List<IncidentRecord> incidents = data.incidentsActiveIn(window);
		Map<Long, SlaState> clocks = data.sla(incidents, now);
		Figures figures = new Figures(spans.size());
		for (IncidentRecord incident : incidents) {
			SlaState state = clocks.get(incident.id());
			Tally.count(incident, state, (at, change) -> {
				int index = index(spans, window, at);
				if (index >= 0) {
					change.accept(figures.tally(incident.service(), index));
				}
			});
			for (SlaCountdown clock : List.of(state.acknowledge(), state.resolve())) {
				int index = index(spans, window, clock.due());
				if (index >= 0 && clock.breached()) {
					figures.breaches(incident.service())[index]++;
				}
			}
		}
		Map<String, SlaReport.ServiceSla> uptime = new HashMap<>();
		report.services().forEach(row -> uptime.put(row.service(), row));
		List<ServiceReview> services = new ArrayList<>();
		for (ServiceInfo service : data.services()) {
			Tally now_ = figures.tally(service.name(), reviewed);
			Tally before = new Tally();
			long[] breaches = figures.breaches(service.name());
			long breachesBefore = 0;
			for (int i = 0; i < reviewed; i++) {
				before.add(figures.tally(service.name(), i));
				breachesBefore += breaches[i];
			}
			SlaReport.ServiceSla row = uptime.get(service.name());
			services
				.add(new ServiceReview(service.name(), service.team(), now_.opened, (double) before.opened / reviewed,
						now_.resolved, now_.mttrSeconds(), before.resolved, before.mttrSeconds(), breaches[reviewed],
						(double) breachesBefore / reviewed, now_.slaCompliancePercent(),
						row == null ? null : row.slaUptimePercent(), service.uptimeTargetPercent()));
		}
		List<Review.Finding> findings = rules.findings(new ReviewRules.Input(chosen, current, baseline, reviewed,
				services, incidents, figures::tally, data.services()));
		return new Review(chosen.label(), chosen.cadence().name(), report.zone(), report.from(), report.to(),
				report.complete(), report.generatedAt(), audience.scope(),
				periods.subList(0, reviewed).stream().map(ReviewPeriod::label).toList(), baseline.from(), report,
				audience.filter(services), audience.filter(findings), goals.progress(current, chosen.last(), audience));
	}

	/** Which of the periods holds {@code at}; −1 for none. */
	private static int index(List<Period> spans, Period window, Instant at) {
		if (!window.contains(at)) {
			return -1;
		}
		for (int i = 0; i < spans.size(); i++) {
			if (spans.get(i).contains(at)) {
				return i;
			}
		}
		return -1;
	}

	/** Tallies and breach counts per service and period index. */
	static final class Figures {

		private final int periods;

		private final Map<String, Tally[]> tallies = new HashMap<>();

		private final Map<String, long[]> breaches = new HashMap<>();

		Figures(int periods) {
			this.periods = periods;
		}

		Tally tally(String service, int index) {
			Tally[] row = tallies.computeIfAbsent(service, s -> new Tally[periods]);
			if (row[index] == null) {
				row[index] = new Tally();
			}
			return row[index];
		}

		long[] breaches(String service) {
			return breaches.computeIfAbsent(service, s -> new long[periods]);
		}

	}

}
