package dev.firebreak.export;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import dev.firebreak.incident.IncidentStatus;
import dev.firebreak.incident.Priority;
import dev.firebreak.security.Actor;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The issue log: a direct download for exports of modest size, and export jobs for the
 * rest. Managers, auditors and admins only.
 */
@RestController
@RequestMapping("/api/v1/exports")
class ExportApiController {

	private final IssueLogExports exports;

	private final ExportJobs jobs;

	ExportApiController(IssueLogExports exports, ExportJobs jobs) {
		this.exports = exports;
		this.jobs = jobs;
	}

	@GetMapping("/issue-log.xlsx")
	void download(
			@RequestParam(name = "from",
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
			@RequestParam(name = "to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
			@RequestParam(name = "service", required = false) String service,
			@RequestParam(name = "team", required = false) String team,
			@RequestParam(name = "priority", required = false) Priority priority,
			@RequestParam(name = "status", required = false) IncidentStatus status, Authentication authentication,
			HttpServletResponse response) throws IOException {
		ExportFilters filters = new ExportRequest(from, to, service, team, priority, status).filters();
		IssueLogExports.Written written = exports.exportDirect(filters, Actor.of(authentication));
		try {
			WorkbookDownload.send(written.file(),
					"issue-log-" + written.result().exportedAt().toString().replace(':', '-') + ".xlsx",
					written.sha256(), response);
		}
		finally {
			Files.deleteIfExists(written.file());
		}
	}

	@PostMapping
	ResponseEntity<ExportJobView> start(@RequestBody(required = false) ExportRequest request,
			Authentication authentication) {
		ExportFilters filters = request == null ? ExportFilters.NONE : request.filters();
		ExportJobView job = ExportJobView.of(jobs.start(filters, Actor.of(authentication)));
		return ResponseEntity.accepted().location(URI.create(job.self())).body(job);
	}

	@GetMapping("/{id}")
	ExportJobView get(@PathVariable("id") long id, Authentication authentication) {
		return ExportJobView.of(jobs.get(id, Actor.of(authentication)));
	}

	@GetMapping("/{id}/file")
	void file(@PathVariable("id") long id, Authentication authentication, HttpServletResponse response)
			throws IOException {
		Actor actor = Actor.of(authentication);
		ExportJob job = jobs.get(id, actor);
		Path file = jobs.file(id, actor);
		WorkbookDownload.send(file, "issue-log-job-" + id + ".xlsx", job.sha256(), response);
	}

}
