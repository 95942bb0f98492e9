package dev.firebreak.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import dev.firebreak.cluster.ClusterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps export jobs moving and the export directory small, on every node: hands queued
 * jobs (the pool was full, or the node that took them restarted) to a worker, puts jobs
 * whose worker stopped beating back in the queue, and deletes jobs and files past the
 * retention (on the node holding the {@code export-retention} lease). Every step is a
 * conditional update, so nodes sweeping together do no harm.
 */
@Component
class ExportJobSweeper {

	private static final Logger log = LoggerFactory.getLogger(ExportJobSweeper.class);

	private final ExportJobRepository jobs;

	private final ExportJobRunner runner;

	private final ExportProperties properties;

	private final Clock clock;

	private final ClusterLock lock;

	ExportJobSweeper(ExportJobRepository jobs, ExportJobRunner runner, ExportProperties properties, Clock clock,
			ClusterLock lock) {
		this.lock = lock;
		this.jobs = jobs;
		this.runner = runner;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${firebreak.exports.sweep-interval:5s}")
	void sweep() {
		Instant now = clock.instant();
		int requeued = jobs.requeueStale(now.minus(properties.staleAfter()));
		if (requeued > 0) {
			log.warn("{} export job(s) stopped beating and go back to the queue", requeued);
		}
		for (long id : jobs.queued(Math.max(0, runner.freeCapacity()))) {
			if (!runner.submit(id)) {
				break;
			}
		}
		// deleting is once across the cluster: two nodes deleting one file trip over each
		// other
		if (lock.tryAcquire("export-retention", Duration.ofMinutes(1))) {
			cleanUp(now);
		}
	}

	/** Deletes finished jobs, and their files, older than the retention. */
	int cleanUp(Instant now) {
		int deleted = 0;
		for (ExportJob job : jobs.finishedBefore(now.minus(properties.retention()))) {
			try {
				if (job.filePath() != null) {
					Files.deleteIfExists(Path.of(job.filePath()));
				}
				jobs.delete(job.id());
				deleted++;
			}
			catch (IOException ex) {
				log.warn("Could not delete the file of export job {}", job.id(), ex);
			}
		}
		return deleted;
	}

}
