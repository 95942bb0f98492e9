package dev.firebreak.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.firebreak.incident.IncidentRecord;
import dev.firebreak.probe.Availability;
import dev.firebreak.probe.AvailabilityQuery;
import dev.firebreak.sla.SlaState;

import org.springframework.stereotype.Component;

/**
 * A goal's metric for one service over a period, by the reports' own definitions
 * ({@link Tally} for the incident figures, probe's {@link Availability} for the rest), so
 * that a goal's baseline and its progress are measured alike.
 */
@Component
class GoalMeasures {

	private static final double SECONDS_PER_WEEK = Duration.ofDays(7).toSeconds();

	private final ReportData data;

	private final AvailabilityQuery availability;

	private final ReportCalendar calendar;

	GoalMeasures(ReportData data, AvailabilityQuery availability, ReportCalendar calendar) {
		this.data = data;
		this.availability = availability;
		this.calendar = calendar;
	}

	/** The value over {@code period}, or null when there is nothing to measure. */
	Double measure(GoalMetric metric, String service, Period period) {
		return switch (metric) {
			case P95_RESPONSE_MS -> toDouble(probes(service, period).p95ResponseMs());
			case UPTIME_PERCENT -> probes(service, period).uptimePercent();
			default -> incidents(metric, service, period);
		};
	}

	private Availability probes(String service, Period period) {
		return availability.of(service, period.from(), period.to());
	}

	private Double incidents(GoalMetric metric, String service, Period period) {
		List<IncidentRecord> active = data.incidentsActiveIn(period)
			.stream()
			.filter(incident -> incident.service().equals(service))
			.toList();
		Map<Long, SlaState> clocks = data.sla(active, calendar.now());
		Tally tally = new Tally();
		for (IncidentRecord incident : active) {
			Tally.count(incident, clocks.get(incident.id()), (at, change) -> {
				if (period.contains(at)) {
					change.accept(tally);
				}
			});
		}
		return switch (metric) {
			case MTTR_MINUTES -> minutes(tally.mttrSeconds());
			case MTTA_MINUTES -> minutes(tally.mttaSeconds());
			case RESOLVE_COMPLIANCE_PERCENT -> tally.slaCompliancePercent();
			case INCIDENTS_PER_WEEK ->
				tally.opened * SECONDS_PER_WEEK / Duration.between(period.from(), period.to()).toSeconds();
			default -> throw new IllegalArgumentException(metric + " is not an incident figure");
		};
	}

	private static Double minutes(Double seconds) {
		return seconds == null ? null : seconds / 60;
	}

	private static Double toDouble(Integer value) {
		return value == null ? null : value.doubleValue();
	}

	/** The 28 days before {@code at}, over which a new goal's baseline is measured. */
	static Period baselineBefore(Instant at) {
		return new Period(at.minus(Duration.ofDays(28)), at);
	}

}
