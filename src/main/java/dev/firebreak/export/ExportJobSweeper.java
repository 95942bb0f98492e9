package dev.firebreak.export;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import dev.firebreak.cluster.ClusterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps export jobs moving and the export directory small, on every node: hands queued
 * jobs (the pool was full, or the node that took them restarted) to a worker, puts jobs
 * whose worker stopped beating back in the queue, and deletes jobs and files past the
 * retention and the {@code .part} files of writers that died (on the node holding the
 * {@code export-retention} lease). Every step is a conditional update, so nodes sweeping
 * together do no harm.
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
			deleteLeftovers(now);
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

	/**
	 * Deletes the {@code .part} files that no running job writes and that have not
	 * changed for {@code leftover-after}: what a node killed while writing leaves behind.
	 * Its job went back to the queue when its heartbeat stopped and was written anew
	 * under a name of its own; a direct download's file ends in {@code .part} too.
	 * @return how many were deleted
	 */
	int deleteLeftovers(Instant now) {
		Path directory = properties.directory();
		if (!Files.isDirectory(directory)) {
			return 0;
		}
		Set<String> writing = new HashSet<>();
		jobs.running().forEach((id, token) -> writing.add(ExportJobRunner.fileName(id, token) + ExportJobRunner.PART));
		Instant unchangedSince = now.minus(properties.leftoverAfter());
		int deleted = 0;
		try (DirectoryStream<Path> parts = Files.newDirectoryStream(directory, "*" + ExportJobRunner.PART)) {
			for (Path part : parts) {
				if (!writing.contains(part.getFileName().toString()) && deleteIfUnchanged(part, unchangedSince)) {
					log.info("Deleted {}, left behind by a writer that stopped", part);
					deleted++;
				}
			}
		}
		catch (IOException ex) {
			log.warn("Could not look for left-over files in {}", directory, ex);
		}
		return deleted;
	}

	private static boolean deleteIfUnchanged(Path file, Instant since) {
		try {
			return Files.getLastModifiedTime(file).toInstant().isBefore(since) && Files.deleteIfExists(file);
		}
		catch (NoSuchFileException finishedMeanwhile) {
			return false;
		}
		catch (IOException ex) {
			log.warn("Could not delete the left-over file {}", file, ex);
			return false;
		}
	}

}
