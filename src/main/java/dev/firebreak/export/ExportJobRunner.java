package dev.firebreak.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;

import dev.firebreak.audit.AuditLog;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs export jobs on a bounded pool of its own ({@code firebreak.exports.workers}, at
 * least two, so a small export never waits behind a large one). A job that finds the pool
 * full stays QUEUED in the database, where the sweep finds it later.
 */
@Component
class ExportJobRunner {

	private static final Logger log = LoggerFactory.getLogger(ExportJobRunner.class);

	private final ExportJobRepository jobs;

	private final IssueLogExports exports;

	private final AuditLog audit;

	private final Clock clock;

	private final List<ExportPageListener> listeners;

	private final ThreadPoolTaskExecutor executor;

	ExportJobRunner(ExportJobRepository jobs, IssueLogExports exports, AuditLog audit, Clock clock,
			ExportProperties properties, List<ExportPageListener> listeners) {
		this.jobs = jobs;
		this.exports = exports;
		this.audit = audit;
		this.clock = clock;
		this.listeners = listeners;
		this.executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(properties.workers());
		executor.setMaxPoolSize(properties.workers());
		executor.setQueueCapacity(properties.queueCapacity());
		executor.setThreadNamePrefix("export-");
		executor.setWaitForTasksToCompleteOnShutdown(false);
		executor.initialize();
	}

	/**
	 * @return whether a worker took it (else it waits in the database)
	 */
	boolean submit(long jobId) {
		try {
			executor.execute(() -> run(jobId));
			return true;
		}
		catch (TaskRejectedException full) {
			return false;
		}
	}

	int freeCapacity() {
		return executor.getQueueCapacity() - executor.getQueueSize()
				+ (executor.getMaxPoolSize() - executor.getActiveCount());
	}

	void run(long jobId) {
		if (!jobs.claim(jobId, clock.instant())) {
			return;
		}
		ExportJob job = jobs.find(jobId).orElseThrow();
		ExportFilters filters = ExportFilters.of(job.filters());
		Path part = null;
		try {
			Path directory = exports.directory();
			part = directory.resolve("issue-log-" + jobId + ".xlsx.part");
			jobs.total(jobId, exports.countRows(filters));
			listeners.forEach(listener -> listener.afterPage(jobId, filters, 0));
			IssueLogExports.Written written = exports.write(filters, job.requestedBy(), part, read -> {
				jobs.progress(jobId, read, clock.instant());
				listeners.forEach(listener -> listener.afterPage(jobId, filters, read));
			});
			Path file = Files.move(part, directory.resolve("issue-log-" + jobId + ".xlsx"),
					StandardCopyOption.REPLACE_EXISTING);
			written = new IssueLogExports.Written(file, written.size(), written.sha256(), written.result());
			audit.record(job.requestedBy(), IssueLogExports.EXPORTED, "export job " + jobId,
					IssueLogExports.details(filters, written, jobId));
			jobs.done(jobId, written, clock.instant());
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Export job {} failed", jobId, ex);
			jobs.failed(jobId, ex.getClass().getSimpleName() + ": " + ex.getMessage(), clock.instant());
			deleteQuietly(part);
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			if (file != null) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			log.warn("Could not delete {}", file, ex);
		}
	}

	@PreDestroy
	void shutdown() {
		executor.shutdown();
	}

}
