package dev.firebreak.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * Sends an issue-log workbook from its file, with the SHA-256 the audit log recorded, the
 * same way from the API and from the pages.
 */
public final class WorkbookDownload {

	/** The file's SHA-256 (hex), as recorded in the audit log. */
	public static final String SHA256_HEADER = "X-Firebreak-SHA256";

	private WorkbookDownload() {
	}

	public static void send(Path file, String name, String sha256, HttpServletResponse response) throws IOException {
		response.setContentType(Workbooks.CONTENT_TYPE);
		response.setContentLengthLong(Files.size(file));
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name).build().toString());
		response.setHeader(SHA256_HEADER, sha256);
		Files.copy(file, response.getOutputStream());
	}

}
