package dev.firebreak.intake;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.function.DoubleSupplier;

import dev.firebreak.failure.Failure;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The intake's numbers for Prometheus (docs/operations.md, Metrics), labelled by source
 * (the integration type: alertmanager, pagerduty, ...), never by key or alert name. The
 * inbox gauges count the shared database, so every node reports the same figure.
 */
@Component
class IntakeMetrics {

	private final MeterRegistry registry;

	IntakeMetrics(MeterRegistry registry, AlertInbox inbox, Clock clock) {
		this.registry = registry;
		Gauge.builder("firebreak.inbox.pending", () -> orNaN(() -> inbox.countPending()))
			.description("Alerts stored and not yet processed")
			.baseUnit("alerts")
			.register(registry);
		Gauge
			.builder("firebreak.inbox.oldest.pending.age",
					() -> orNaN(() -> inbox.oldestPendingReceivedAt()
						.map(at -> Math.max(0, Duration.between(at, clock.instant()).toMillis() / 1000.0))
						.orElse(0.0)))
			.description("How long the oldest pending alert has waited; 0 when none waits")
			.baseUnit("seconds")
			.register(registry);
	}

	/** Alerts stored in the inbox (counted once they are committed). */
	void accepted(IntegrationType source, int alerts) {
		Counter counter = Counter.builder("firebreak.alerts.accepted")
			.description("Alerts stored in the inbox, by source")
			.tag("source", name(source))
			.register(registry);
		afterCommit(() -> counter.increment(alerts));
	}

	/** A firing alert that only repeated an open incident (counted once committed). */
	void deduplicated(IntegrationType source) {
		Counter counter = Counter.builder("firebreak.alerts.deduplicated")
			.description("Firing alerts that repeated an open incident, by source")
			.tag("source", name(source))
			.register(registry);
		afterCommit(counter::increment);
	}

	/**
	 * A request refused before anything was stored.
	 * @param reason the refusal's kind (invalid_input, unauthenticated, overloaded, ...)
	 */
	void rejected(IntegrationType source, Failure.Kind reason) {
		Counter.builder("firebreak.alerts.rejected")
			.description("Intake requests refused before storing, by source and reason")
			.tag("source", name(source))
			.tag("reason", reason.name().toLowerCase(Locale.ROOT))
			.register(registry)
			.increment();
	}

	/** A rolled-back attempt (a retried batch, a lost race) must not count twice. */
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

	private static String name(IntegrationType source) {
		return source.name().toLowerCase(Locale.ROOT);
	}

	private static double orNaN(DoubleSupplier figure) {
		try {
			return figure.getAsDouble();
		}
		catch (DataAccessException ex) {
			// the database is away: no figure rather than a made-up one
			return Double.NaN;
		}
	}

}
