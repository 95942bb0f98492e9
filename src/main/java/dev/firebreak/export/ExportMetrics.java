package dev.firebreak.export;

import java.util.Locale;

import dev.firebreak.export.ExportJob.Status;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Issue-log export jobs by state, for Prometheus (docs/operations.md, Metrics): a growing
 * {@code queued} figure means the export workers fall behind. Counted in the shared
 * table, so every node reports the same figure; finished jobs leave with the export
 * retention.
 */
@Component
class ExportMetrics {

	ExportMetrics(MeterRegistry registry, JdbcClient jdbc) {
		for (Status status : Status.values()) {
			Gauge.builder("firebreak.export.jobs", () -> count(jdbc, status))
				.description("Export jobs kept, by state")
				.tag("state", status.name().toLowerCase(Locale.ROOT))
				.register(registry);
		}
	}

	private static double count(JdbcClient jdbc, Status status) {
		try {
			return jdbc.sql("select count(*) from fb_export_job where status = ?")
				.param(status.name())
				.query(Long.class)
				.single();
		}
		catch (DataAccessException ex) {
			return Double.NaN;
		}
	}

}
