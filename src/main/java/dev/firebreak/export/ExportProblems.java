package dev.firebreak.export;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The export API's refusals, as problem+json with a message a person can act on. */
final class ExportProblems {

	private ExportProblems() {
	}

	/** 400 naming the filter, in the same shape as the API's other input errors. */
	static ErrorResponseException invalidFilter(String field, String message) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Fix these fields: " + field + " " + message);
		problem.setTitle("Invalid request");
		problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
		return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
	}

	static ErrorResponseException notFound(long id) {
		return of(HttpStatus.NOT_FOUND, "Not found", "There is no export job " + id
				+ " that you may see: jobs are shown to who started them, auditors and admins, until they expire.");
	}

	static ErrorResponseException notReady(long id, String status) {
		return of(HttpStatus.CONFLICT, "Not ready",
				"Export job " + id + " is " + status + ": its file can be downloaded once it is DONE.");
	}

	static ErrorResponseException gone(long id) {
		return of(HttpStatus.GONE, "Gone", "The file of export job " + id
				+ " is not here: it expired, or another node wrote it to a directory this node does not share.");
	}

	static ErrorResponseException tooLarge(long incidents, int limit) {
		return of(HttpStatus.UNPROCESSABLE_ENTITY, "Too large for a direct download",
				incidents + " incidents match; a direct download holds at most " + limit
						+ ". Start an export job instead: POST /api/v1/exports with the same filters.");
	}

	private static ErrorResponseException of(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return new ErrorResponseException(status, problem, null);
	}

}
