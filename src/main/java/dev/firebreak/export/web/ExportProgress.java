package dev.firebreak.export.web;

import java.time.Instant;
import java.util.Map;

import dev.firebreak.export.ExportJob;

/**
 * An export job as its page shows it.
 *
 * @param total the rows the job will write, counted when it starts; null before
 * @param percent of the total written, 0 until the total is known
 * @param running whether the page should keep asking for progress
 */
record ExportProgress(long id, String status, String requestedBy, Map<String, String> filters, long written, Long total,
		int percent, boolean running, Instant createdAt, Instant finishedAt, Long sizeBytes, String sha256,
		Map<String, Integer> sheetRows, String error) {

	static ExportProgress of(ExportJob job) {
		Long total = job.rowsTotal();
		int percent = total == null || total == 0 ? (job.status() == ExportJob.Status.DONE ? 100 : 0)
				: (int) Math.min(100, job.rowsWritten() * 100 / total);
		boolean running = job.status() == ExportJob.Status.QUEUED || job.status() == ExportJob.Status.RUNNING;
		return new ExportProgress(job.id(), job.status().name(), job.requestedBy(), job.filters(), job.rowsWritten(),
				total, percent, running, job.createdAt(), job.finishedAt(), job.fileSize(), job.sha256(),
				job.sheetRows(), job.error());
	}

	public boolean done() {
		return "DONE".equals(status);
	}

	public boolean failed() {
		return "FAILED".equals(status);
	}

	/** "120 of 480 rows written (25 %)", or what the job waits for. */
	public String rowsText() {
		if (total == null) {
			return "Counting the rows to write…";
		}
		return written + " of " + total + " rows written (" + percent + " %)";
	}

}
