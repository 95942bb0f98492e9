package dev.firebreak.export;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the issue-log export ({@code firebreak.exports.*}).
 *
 * @param directory where finished export files are kept until the retention ends (in a
 * cluster: shared storage, or downloads must reach the node that wrote the file)
 * @param retention how long a finished job and its file are kept
 * @param workers export jobs that run at the same time (at least 2, so that a small
 * export never waits behind a large one)
 * @param queueCapacity jobs waiting for a worker on this node; more stay queued in the
 * database and are picked up by the sweep
 * @param maxDirectIncidents the most incidents the direct download
 * ({@code GET /api/v1/exports/issue-log.xlsx}) writes; larger exports run as a job
 * @param pageSize incidents read per query; their timeline entries and tasks are read
 * with them
 * @param staleAfter a running job whose heartbeat is older than this is taken over (its
 * node died); a live node beats every third of it
 * @param leftoverAfter a {@code .part} file (one being written) that no running job
 * writes is deleted once unchanged for this long: what a node killed mid-write leaves
 */
@ConfigurationProperties("firebreak.exports")
record ExportProperties(@DefaultValue("./data/exports") Path directory, @DefaultValue("7d") Duration retention,
		@DefaultValue("2") int workers, @DefaultValue("20") int queueCapacity,
		@DefaultValue("10000") int maxDirectIncidents, @DefaultValue("500") int pageSize,
		@DefaultValue("15s") Duration staleAfter, @DefaultValue("1h") Duration leftoverAfter) {

	ExportProperties {
		workers = Math.max(2, workers);
		queueCapacity = Math.max(1, queueCapacity);
		pageSize = Math.max(1, pageSize);
	}

}
