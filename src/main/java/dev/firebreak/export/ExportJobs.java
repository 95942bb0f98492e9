package dev.firebreak.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import dev.firebreak.security.Actor;

import org.springframework.stereotype.Service;

import static dev.firebreak.security.Role.ADMIN;
import static dev.firebreak.security.Role.AUDITOR;

/**
 * Export jobs as people see them: start one, follow its progress, download its file. A
 * job is visible to who started it, and to auditors and admins (who review exports); to
 * anyone else it does not exist.
 */
@Service
public class ExportJobs {

	private final ExportJobRepository jobs;

	private final ExportJobRunner runner;

	private final IssueLogExports exports;

	private final Clock clock;

	ExportJobs(ExportJobRepository jobs, ExportJobRunner runner, IssueLogExports exports, Clock clock) {
		this.jobs = jobs;
		this.runner = runner;
		this.exports = exports;
		this.clock = clock;
	}

	/** Stored first, so the job survives a restart; then handed to a worker. */
	public ExportJob start(ExportFilters filters, Actor actor) {
		IssueLogExports.requireMayExport(actor);
		exports.validate(filters);
		long id = jobs.insert(actor.username(), filters, clock.instant());
		runner.submit(id);
		return jobs.find(id).orElseThrow();
	}

	public ExportJob get(long id, Actor actor) {
		IssueLogExports.requireMayExport(actor);
		ExportJob job = jobs.find(id).orElseThrow(() -> ExportProblems.notFound(id));
		if (!job.requestedBy().equals(actor.username()) && !actor.hasAnyRole(AUDITOR, ADMIN)) {
			throw ExportProblems.notFound(id);
		}
		return job;
	}

	public Path file(long id, Actor actor) {
		ExportJob job = get(id, actor);
		if (job.status() != ExportJob.Status.DONE) {
			throw ExportProblems.notReady(id, job.status().name());
		}
		Path file = Path.of(job.filePath());
		if (!Files.isReadable(file)) {
			throw ExportProblems.gone(id);
		}
		return file;
	}

}
