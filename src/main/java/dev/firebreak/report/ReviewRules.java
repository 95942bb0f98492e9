package dev.firebreak.report;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import dev.firebreak.followup.FollowUp;
import dev.firebreak.followup.FollowUpQueries;
import dev.firebreak.incident.IncidentRecord;
import dev.firebreak.probe.AvailabilityQuery;
import dev.firebreak.probe.ResponseTime;
import dev.firebreak.report.Review.Finding;
import dev.firebreak.report.Review.Rule;
import dev.firebreak.report.Review.ServiceReview;

import org.springframework.stereotype.Component;

/**
 * The review's findings: fixed rules over figures the review shows, with the thresholds
 * of {@link ReviewProperties}. Each finding's sentence names the figures it rests on, and
 * its {@code figures} carry them by name. docs/learning.md explains every rule.
 */
@Component
class ReviewRules {

	private final ReviewProperties limits;

	private final AvailabilityQuery availability;

	private final FollowUpQueries followUps;

	private final ReportCalendar calendar;

	ReviewRules(ReviewProperties limits, AvailabilityQuery availability, FollowUpQueries followUps,
			ReportCalendar calendar) {
		this.limits = limits;
		this.availability = availability;
		this.followUps = followUps;
		this.calendar = calendar;
	}

	/**
	 * What the rules read.
	 *
	 * @param reviewed the index of the reviewed period; the baseline periods are 0 to
	 * {@code reviewed - 1}
	 * @param tally a service's tally in the period of an index
	 */
	record Input(ReviewPeriod period, Period current, Period baseline, int reviewed, List<ServiceReview> services,
			List<IncidentRecord> incidents, BiFunction<String, Integer, Tally> tally, List<ServiceInfo> catalogue) {
	}

	List<Finding> findings(Input in) {
		List<Finding> findings = new ArrayList<>();
		timePatterns(in, findings);
		in.services().forEach(service -> incidentRate(in, service, findings));
		in.services().forEach(service -> mttr(in, service, findings));
		in.services().forEach(service -> breaches(in, service, findings));
		probes(in, findings);
		followUps(in, findings);
		return findings;
	}

	private void timePatterns(Input in, List<Finding> findings) {
		TimePatterns rule = new TimePatterns(limits.patternMinIncidents(), limits.patternMinShare(),
				limits.patternWindowHours());
		Period window = new Period(in.baseline().from(), in.current().to());
		Map<String, List<ZonedDateTime>> starts = in.incidents()
			.stream()
			.filter(incident -> window.contains(incident.detectedAt()))
			.collect(Collectors.groupingBy(IncidentRecord::service, Collectors
				.mapping(incident -> incident.detectedAt().atZone(calendar.zone()), Collectors.toList())));
		for (ServiceReview service : in.services()) {
			rule.find(starts.getOrDefault(service.service(), List.of())).ifPresent(pattern -> {
				String text = pattern.inside() + " of " + pattern.incidents() + " incidents of " + service.service()
						+ " (" + Numbers.decimal(pattern.sharePercent()) + " %) started " + pattern.when() + ", over "
						+ span(in) + ".";
				findings.add(finding(Rule.TIME_PATTERN, service, text, "incidents", pattern.incidents(), "inWindow",
						pattern.inside(), "sharePercent", pattern.sharePercent(), "weekday",
						pattern.day() == null ? null : pattern.day().name(), "fromHour", pattern.fromHour(), "toHour",
						pattern.toHour(), "over", span(in)));
			});
		}
	}

	private void incidentRate(Input in, ServiceReview service, List<Finding> findings) {
		double mean = service.baselineOpened();
		long baselineTotal = Math.round(mean * in.reviewed());
		if (service.opened() < limits.trendMinIncidents() || baselineTotal < limits.trendMinIncidents()) {
			return;
		}
		double rise = (service.opened() - mean) * 100 / mean;
		if (rise < limits.trendMinRisePercent()) {
			return;
		}
		String text = service.service() + " had " + service.opened() + " incidents in " + in.period().label()
				+ " against a baseline of " + Numbers.decimal(mean) + " per " + in.period().cadence().noun() + " ("
				+ baselineTotal + " over " + span(in, false) + "): up " + Numbers.decimal(rise) + " %.";
		findings.add(finding(Rule.INCIDENT_RATE_UP, service, text, "opened", service.opened(), "baselineMean", mean,
				"baselineTotal", baselineTotal, "risePercent", rise, "openedByPeriod",
				series(in, service, tally -> (double) tally.opened)));
	}

	private void mttr(Input in, ServiceReview service, List<Finding> findings) {
		Double now = service.mttrSeconds();
		Double before = service.baselineMttrSeconds();
		if (now == null || before == null || before == 0 || service.resolved() < limits.trendMinIncidents()
				|| service.baselineResolved() < limits.trendMinIncidents()) {
			return;
		}
		double rise = (now - before) * 100 / before;
		if (rise < limits.trendMinRisePercent()) {
			return;
		}
		String text = "MTTR of " + service.service() + " was " + Numbers.minutes(now) + " over " + service.resolved()
				+ " incidents resolved in " + in.period().label() + ", against " + Numbers.minutes(before) + " over "
				+ service.baselineResolved() + " in " + span(in, false) + ": up " + Numbers.decimal(rise) + " %.";
		findings.add(finding(Rule.MTTR_UP, service, text, "mttrMinutes", now / 60, "resolved", service.resolved(),
				"baselineMttrMinutes", before / 60, "baselineResolved", service.baselineResolved(), "risePercent", rise,
				"mttrMinutesByPeriod", series(in, service, tally -> {
					Double mttr = tally.mttrSeconds();
					return mttr == null ? null : mttr / 60;
				})));
	}

	private void breaches(Input in, ServiceReview service, List<Finding> findings) {
		Double compliance = service.resolveCompliancePercent();
		boolean many = service.breaches() >= limits.breachMinCount();
		boolean low = compliance != null && service.resolved() >= limits.breachMinCount()
				&& compliance < limits.breachMaxCompliancePercent();
		if (!many && !low) {
			return;
		}
		String text = service.service() + " breached its SLA " + service.breaches() + " times in " + in.period().label()
				+ " (baseline " + Numbers.decimal(service.baselineBreaches()) + " per " + in.period().cadence().noun()
				+ ")" + (compliance == null ? "" : "; " + Numbers.decimal(compliance) + " % of " + service.resolved()
						+ " incidents were resolved in time")
				+ ".";
		findings.add(finding(Rule.BREACHES_OFTEN, service, text, "breaches", service.breaches(), "baselineBreaches",
				service.baselineBreaches(), "resolved", service.resolved(), "resolveCompliancePercent", compliance));
	}

	private void probes(Input in, List<Finding> findings) {
		Map<Long, ResponseTime> before = availability.responseTimes(in.baseline().from(), in.baseline().to())
			.stream()
			.collect(Collectors.toMap(ResponseTime::probeId, r -> r));
		Map<String, ServiceReview> services = in.services()
			.stream()
			.collect(Collectors.toMap(ServiceReview::service, s -> s));
		for (ResponseTime now : availability.responseTimes(in.current().from(), in.current().to())) {
			ResponseTime then = before.get(now.probeId());
			ServiceReview service = services.get(now.service());
			if (service == null || then == null || now.timedSamples() < limits.probeMinSamples()
					|| then.timedSamples() < limits.probeMinSamples() || now.p95ResponseMs() == null
					|| then.p95ResponseMs() == null || then.p95ResponseMs() == 0) {
				continue;
			}
			double share = now.p95ResponseMs() * 100.0 / now.thresholdMs();
			double rise = (now.p95ResponseMs() - then.p95ResponseMs()) * 100.0 / then.p95ResponseMs();
			if (share < limits.probeNearThresholdPercent() || rise < limits.probeMinRisePercent()) {
				continue;
			}
			String text = "Probe \"" + now.probe() + "\" of " + now.service() + ": 95th percentile response time "
					+ now.p95ResponseMs() + " ms over " + now.timedSamples() + " samples in " + in.period().label()
					+ ", " + Numbers.decimal(share) + " % of its " + now.thresholdMs() + " ms threshold, up "
					+ Numbers.decimal(rise) + " % from " + then.p95ResponseMs() + " ms in " + span(in, false) + ".";
			findings.add(finding(Rule.PROBE_NEAR_THRESHOLD, service, text, "probe", now.probe(), "p95ResponseMs",
					now.p95ResponseMs(), "samples", now.timedSamples(), "thresholdMs", now.thresholdMs(),
					"shareOfThresholdPercent", share, "baselineP95ResponseMs", then.p95ResponseMs(), "baselineSamples",
					then.timedSamples(), "risePercent", rise));
		}
	}

	private void followUps(Input in, List<Finding> findings) {
		Map<String, List<FollowUp>> byTeam = followUps.overdueAt(in.current().to())
			.stream()
			.collect(Collectors.groupingBy(FollowUp::team));
		byTeam.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(team -> {
			FollowUp oldest = team.getValue().stream().min(Comparator.comparing(FollowUp::dueDate)).orElseThrow();
			String text = team.getValue().size() + " follow-up action" + (team.getValue().size() == 1 ? "" : "s")
					+ " of team " + team.getKey() + (team.getValue().size() == 1 ? " was" : " were")
					+ " overdue at the end of " + in.period().label() + "; the oldest was due " + oldest.dueDate()
					+ " (" + oldest.incidentNumber() + ": " + oldest.title() + ").";
			findings.add(new Finding(Rule.FOLLOW_UPS_OVERDUE, null, team.getKey(), text,
					figures("overdue", team.getValue().size(), "oldestDue", oldest.dueDate().toString(),
							"oldestIncident", oldest.incidentNumber(), "actions",
							team.getValue().stream().map(f -> f.incidentNumber() + ": " + f.title()).toList())));
		});
	}

	/** The service's figure in each period, baseline first, the reviewed one last. */
	private static List<Double> series(Input in, ServiceReview service,
			java.util.function.Function<Tally, Double> figure) {
		List<Double> values = new ArrayList<>();
		for (int i = 0; i <= in.reviewed(); i++) {
			values.add(figure.apply(in.tally().apply(service.service(), i)));
		}
		return values;
	}

	private static String span(Input in) {
		return span(in, true);
	}

	/** "2026-W06 to 2026-W10" with the reviewed period, or the baseline's alone. */
	private static String span(Input in, boolean withReviewed) {
		ReviewPeriod first = in.period();
		for (int i = 0; i < in.reviewed(); i++) {
			first = first.previous();
		}
		String last = withReviewed ? in.period().label() : in.period().previous().label();
		return first.label() + " to " + last;
	}

	private static Finding finding(Rule rule, ServiceReview service, String text, Object... figures) {
		return new Finding(rule, service.service(), service.team(), text, figures(figures));
	}

	private static Map<String, Object> figures(Object... pairs) {
		Map<String, Object> figures = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			figures.put((String) pairs[i], pairs[i + 1]);
		}
		return figures;
	}

}
