package dev.firebreak.export;

import java.time.Instant;
import java.util.Map;

/**
 * An export job as the API shows it.
 *
 * @param rowsWritten incidents, timeline entries and tasks written so far
 * @param rowsTotal the same, counted when the job started (null before)
 * @param file where to download the workbook, once DONE
 */
record ExportJobView(long id, String status, String requestedBy, Map<String, String> filters, long rowsWritten,
		Long rowsTotal, Instant createdAt, Instant startedAt, Instant finishedAt, Long sizeBytes, String sha256,
		Map<String, Integer> sheetRows, String error, String self, String file) {

	static ExportJobView of(ExportJob job) {
		String self = "/api/v1/exports/" + job.id();
		return new ExportJobView(job.id(), job.status().name(), job.requestedBy(), job.filters(), job.rowsWritten(),
				job.rowsTotal(), job.createdAt(), job.startedAt(), job.finishedAt(), job.fileSize(), job.sha256(),
				job.sheetRows(), job.error(), self, job.status() == ExportJob.Status.DONE ? self + "/file" : null);
	}

}
