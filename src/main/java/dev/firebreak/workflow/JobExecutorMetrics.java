package dev.firebreak.workflow;

import java.util.function.LongSupplier;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The engine's job backlog, for Prometheus (docs/operations.md, Metrics): jobs due now
 * (timers, asynchronous continuations, history cleanup) that no node has run yet, and
 * jobs whose retries ran out. The job table is shared, so every node reports the same
 * figure.
 */
@Component
class JobExecutorMetrics {

	JobExecutorMetrics(MeterRegistry registry, ManagementService management) {
		Gauge.builder("firebreak.jobs.due", () -> count(() -> management.createJobQuery().executable().count()))
			.description("Engine jobs due and not yet run (timers, continuations)")
			.register(registry);
		Gauge.builder("firebreak.jobs.failed", () -> count(() -> management.createJobQuery().noRetriesLeft().count()))
			.description("Engine jobs whose retries ran out; they wait for a person")
			.register(registry);
	}

	private static double count(LongSupplier query) {
		try {
			return query.getAsLong();
		}
		catch (ProcessEngineException | DataAccessException ex) {
			// the database is away: no figure rather than a made-up one
			return Double.NaN;
		}
	}

}
