package dev.firebreak.export.web;

import java.io.IOException;

import dev.firebreak.export.ExportJob;
import dev.firebreak.export.ExportJobs;
import dev.firebreak.export.WorkbookDownload;
import dev.firebreak.security.Actor;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An export job's page: its progress, which the page polls (htmx asks for the progress
 * fragment every second until the job has finished), then the download. The job service
 * decides who may see a job and its file, as it does for the API.
 */
@Controller
class ExportJobController {

	private final ExportJobs jobs;

	ExportJobController(ExportJobs jobs) {
		this.jobs = jobs;
	}

	@GetMapping("/exports/{id}")
	String job(@PathVariable("id") long id, Authentication authentication, Model model) {
		model.addAttribute("page", "issue-log");
		model.addAttribute("job", ExportProgress.of(jobs.get(id, Actor.of(authentication))));
		return "export/export";
	}

	@GetMapping("/exports/{id}/progress")
	String progress(@PathVariable("id") long id, Authentication authentication, Model model) {
		model.addAttribute("job", ExportProgress.of(jobs.get(id, Actor.of(authentication))));
		return "export/export :: progress";
	}

	/**
	 * The workbook with its SHA-256, as the API sends it; the export was recorded in the
	 * audit log when the job finished.
	 */
	@GetMapping("/exports/{id}/file")
	void file(@PathVariable("id") long id, Authentication authentication, HttpServletResponse response)
			throws IOException {
		Actor actor = Actor.of(authentication);
		ExportJob job = jobs.get(id, actor);
		WorkbookDownload.send(jobs.file(id, actor), "issue-log-job-" + id + ".xlsx", job.sha256(), response);
	}

}
