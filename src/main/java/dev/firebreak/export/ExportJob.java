package dev.firebreak.export;

import java.time.Instant;
import java.util.Map;

/** One row of {@code fb_export_job}. */
public record ExportJob(long id, String requestedBy, Map<String, String> filters, Status status, long rowsWritten,
		Long rowsTotal, String filePath, Long fileSize, String sha256, Map<String, Integer> sheetRows, String error,
		Instant createdAt, Instant startedAt, Instant finishedAt) {

	public enum Status {

		QUEUED, RUNNING, DONE, FAILED

	}

}
