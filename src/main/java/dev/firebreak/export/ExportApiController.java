package dev.firebreak.export;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Map;

import dev.firebreak.security.Actor;
import dev.firebreak.task.IncidentSearchFilters;
import jakarta.servlet.http.HttpServletResponse;

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

	private final IncidentSearchFilters search;

	ExportApiController(IssueLogExports exports, ExportJobs jobs, IncidentSearchFilters search) {
		this.exports = exports;
		this.jobs = jobs;
		this.search = search;
	}

	/**
	 * The filters are the incident list's ({@code q}, {@code service}, {@code team},
	 * {@code priority}, {@code status}, {@code from}, {@code to}), read by the same
	 * reader: every wrong one is named at once. Times are UTC.
	 */
	@GetMapping("/issue-log.xlsx")
	void download(@RequestParam Map<String, String> values, Authentication authentication, HttpServletResponse response)
			throws IOException {
		ExportFilters filters = ExportFilters.of(search.read(values, ZoneOffset.UTC));
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
