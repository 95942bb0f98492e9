package dev.firebreak.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.firebreak.incident.IncidentRecord;
import dev.firebreak.report.SlaReport.Waited;
import dev.firebreak.sla.SlaPause;
import dev.firebreak.sla.SlaTerms;

import org.springframework.stereotype.Component;

/**
 * The SLA report's Waiting part: each incident that waited in the period, how long within
 * it, on what, and where its due times moved to. The waits and due times are sla's, read
 * through {@code SlaClocks} as the incident page and the issue log read them.
 */
@Component
class SlaWaits {

	private final ReportData data;

	SlaWaits(ReportData data) {
		this.data = data;
	}

	List<Waited> of(Period period, Instant now, Map<String, String> teams) {
		return data.waitedIn(period, now)
			.entrySet()
			.stream()
			.map(waited -> row(waited.getKey(), waited.getValue(), period, teams))
			.sorted((a, b) -> a.incident().compareTo(b.incident()))
			.toList();
	}

	private static Waited row(IncidentRecord incident, SlaTerms terms, Period period, Map<String, String> teams) {
		List<SlaPause> waits = terms.pauses()
			.stream()
			.filter(pause -> pause.startedAt().isBefore(period.to())
					&& (pause.endedAt() == null || pause.endedAt().isAfter(period.from())))
			.toList();
		double seconds = waits.stream().mapToLong(pause -> within(pause, period).toMillis()).sum() / 1000.0;
		return new Waited(incident.number(), incident.service(), teams.get(incident.service()),
				incident.priority() == null ? null : incident.priority().name(), incident.title(), waits.size(),
				seconds, waits.stream().map(pause -> pause.reason().name()).distinct().toList(),
				waits.stream().map(SlaPause::note).filter(Objects::nonNull).distinct().toList(),
				terms.clocks().acknowledge().due(), terms.clocks().resolve().due(), terms.openPause() != null);
	}

	/** The part of the wait inside the period; an open wait lasts to its end. */
	private static Duration within(SlaPause pause, Period period) {
		Instant from = pause.startedAt().isAfter(period.from()) ? pause.startedAt() : period.from();
		Instant to = pause.endedAt() == null || pause.endedAt().isAfter(period.to()) ? period.to() : pause.endedAt();
		return Duration.between(from, to);
	}

}
