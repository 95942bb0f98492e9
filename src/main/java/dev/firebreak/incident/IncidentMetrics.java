package dev.firebreak.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The incident feature's numbers for Prometheus (docs/operations.md, Metrics). Labels
 * stay few: priority (P1–P4, {@code none} before the decision), team and SLA clock, never
 * an incident number. Counters move only when the change commits, so a rolled-back
 * attempt (a lost race, a retried worker) is not counted twice. The open-incident gauges
 * count the whole database, so every node reports the same figure (aggregate with max).
 */
@Component
class IncidentMetrics {

	/** Prometheus buckets for the time to acknowledge: minutes to a few hours. */
	private static final List<Duration> ACKNOWLEDGE_BUCKETS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
			Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(4));

	/** Prometheus buckets for the time to resolve: a quarter hour to a week. */
	private static final List<Duration> RESOLVE_BUCKETS = List.of(Duration.ofMinutes(15), Duration.ofHours(1),
			Duration.ofHours(4), Duration.ofHours(8), Duration.ofDays(1), Duration.ofDays(3), Duration.ofDays(7));

	private final MeterRegistry registry;

	private final JdbcClient jdbc;

	IncidentMetrics(MeterRegistry registry, JdbcClient jdbc) {
		this.registry = registry;
		this.jdbc = jdbc;
		for (Priority priority : Priority.values()) {
			Gauge.builder("firebreak.incidents.open", () -> openCount(priority))
				.description("Incidents not yet resolved, closed or cancelled, by priority")
				.tag("priority", priority.name())
				.register(registry);
		}
	}

	/** The first priority decision: the moment an incident counts as opened. */
	void opened(Incident incident) {
		afterCommit(() -> counter("firebreak.incidents.opened", "Incidents opened", incident).increment());
	}

	/**
	 * Compares the incident before and after a change and records what it reached for the
	 * first time: acknowledged, resolved.
	 */
	void changed(Instant acknowledgedBefore, Instant resolvedBefore, Incident incident) {
		if (acknowledgedBefore == null && incident.acknowledgedAt() != null) {
			Duration taken = between(incident.acknowledgeClockStart(), incident.acknowledgedAt());
			afterCommit(() -> timer("firebreak.incident.time.to.acknowledge",
					"From the first page (or detection) to acknowledgement", ACKNOWLEDGE_BUCKETS, incident)
				.record(taken));
		}
		if (resolvedBefore == null && incident.resolvedAt() != null) {
			Duration taken = between(incident.detectedAt(), incident.resolvedAt());
			afterCommit(() -> {
				counter("firebreak.incidents.resolved", "Incidents resolved", incident).increment();
				timer("firebreak.incident.time.to.resolve", "From detection to resolution", RESOLVE_BUCKETS, incident)
					.record(taken);
			});
		}
	}

	/**
	 * @param clock {@code acknowledge} or {@code resolve}
	 */
	void slaBreached(Incident incident, String clock) {
		afterCommit(() -> Counter.builder("firebreak.sla.breaches")
			.description("SLA clocks that ran out, by clock and priority")
			.tag("clock", clock)
			.tag("priority", priorityOf(incident))
			.register(registry)
			.increment());
	}

	private Counter counter(String name, String description, Incident incident) {
		return Counter.builder(name)
			.description(description + ", by priority and team")
			.tag("priority", priorityOf(incident))
			.tag("team", incident.team())
			.register(registry);
	}

	private Timer timer(String name, String description, List<Duration> buckets, Incident incident) {
		return Timer.builder(name)
			.description(description + ", by priority")
			.tag("priority", priorityOf(incident))
			.serviceLevelObjectives(buckets.toArray(Duration[]::new))
			.register(registry);
	}

	private double openCount(Priority priority) {
		try {
			return jdbc.sql("""
					select count(*) from fb_incident
					where status in ('OPEN', 'ACKNOWLEDGED', 'MITIGATED') and priority = ?""")
				.param(priority.name())
				.query(Long.class)
				.single();
		}
		catch (DataAccessException ex) {
			// the database is away: no figure rather than a made-up one
			return Double.NaN;
		}
	}

	private static String priorityOf(Incident incident) {
		return incident.priority() == null ? "none" : incident.priority().name();
	}

	private static Duration between(Instant from, Instant to) {
		return from == null || to == null || to.isBefore(from) ? Duration.ZERO : Duration.between(from, to);
	}

	private static void afterCommit(Runnable action) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			action.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				action.run();
			}
		});
	}

}
