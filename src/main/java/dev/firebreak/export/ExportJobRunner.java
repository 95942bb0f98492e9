package dev.firebreak.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.firebreak.audit.AuditLog;
import dev.firebreak.cluster.Heartbeat;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs export jobs on a bounded pool of its own ({@code firebreak.exports.workers}, at
 * least two, so a small export never waits behind a large one). A job that finds the pool
 * full stays QUEUED in the database, where the sweep finds it later.
 */
@Component
class ExportJobRunner {

	private static final Logger log = LoggerFactory.getLogger(ExportJobRunner.class);

	/**
	 * Ends the name of a file still being written; it is renamed without it once whole,
	 * and the sweep deletes one left behind (ExportJobSweeper).
	 */
	static final String PART = ".part";

	private final ExportJobRepository jobs;

	private final IssueLogExports exports;

	private final AuditLog audit;

	private final Clock clock;

	private final List<ExportPageListener> listeners;

	private final ThreadPoolTaskExecutor executor;

	private final Heartbeat heartbeat;

	private final TransactionTemplate transactions;

	private final Duration staleAfter;

	ExportJobRunner(ExportJobRepository jobs, IssueLogExports exports, AuditLog audit, Clock clock,
			ExportProperties properties, List<ExportPageListener> listeners, Heartbeat heartbeat,
			TransactionTemplate transactions) {
		this.jobs = jobs;
		this.heartbeat = heartbeat;
		this.transactions = transactions;
		this.staleAfter = properties.staleAfter();
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
		String token = UUID.randomUUID().toString();
		if (!jobs.claim(jobId, token, clock.instant())) {
			return;
		}
		// another node takes the job over soon after this one stops beating (it died)
		try (Heartbeat.Beat beat = heartbeat.keep(staleAfter.dividedBy(3),
				() -> jobs.beat(jobId, token, clock.instant()))) {
			run(jobs.find(jobId).orElseThrow(), token);
		}
	}

	private void run(ExportJob job, String token) {
		long jobId = job.id();
		ExportFilters filters = ExportFilters.of(job.filters());
		// each run writes files of its own: a run that lost its job may still be writing
		String name = fileName(jobId, token);
		Path part = null;
		Path file = null;
		try {
			Path directory = exports.directory();
			part = directory.resolve(name + PART);
			jobs.total(jobId, token, exports.countRows(filters));
			listeners.forEach(listener -> listener.afterPage(jobId, filters, 0));
			IssueLogExports.Written written = exports.write(filters, job.requestedBy(), part, read -> {
				if (!jobs.progress(jobId, token, read, clock.instant())) {
					throw new JobTakenOver(jobId);
				}
				listeners.forEach(listener -> listener.afterPage(jobId, filters, read));
			});
			file = Files.move(part, directory.resolve(name), StandardCopyOption.REPLACE_EXISTING);
			IssueLogExports.Written finished = new IssueLogExports.Written(file, written.size(), written.sha256(),
					written.result());
			boolean recorded = Boolean.TRUE.equals(transactions.execute(status -> {
				if (!jobs.done(jobId, token, finished, clock.instant())) {
					return false;
				}
				audit.record(job.requestedBy(), IssueLogExports.EXPORTED, "export job " + jobId,
						IssueLogExports.details(filters, finished, jobId));
				return true;
			}));
			if (!recorded) {
				throw new JobTakenOver(jobId);
			}
		}
		catch (JobTakenOver lost) {
			log.warn(lost.getMessage());
			deleteQuietly(part);
			deleteQuietly(file);
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Export job {} failed", jobId, ex);
			jobs.failed(jobId, token, ex.getClass().getSimpleName() + ": " + ex.getMessage(), clock.instant());
			deleteQuietly(part);
			deleteQuietly(file);
		}
	}

	/** The file of one run of a job: each run writes its own. */
	static String fileName(long jobId, String token) {
		return "issue-log-" + jobId + "-" + token.substring(0, 8) + ".xlsx";
	}

	/**
	 * The job went back to the queue while this run was slow, and another run owns it.
	 */
	private static final class JobTakenOver extends RuntimeException {

		JobTakenOver(long jobId) {
			super("Export job " + jobId + " was taken over by another run; this run's file is dropped");
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
