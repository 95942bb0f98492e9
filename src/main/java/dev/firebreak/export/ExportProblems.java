package dev.firebreak.export;

import dev.firebreak.failure.Conflict;
import dev.firebreak.failure.Failure;
import dev.firebreak.failure.InvalidInput;
import dev.firebreak.failure.NotFound;

/** The export API's refusals, each with a message a person can act on. */
final class ExportProblems {

	private ExportProblems() {
	}

	/** Names the filter, in the same shape as the API's other input errors. */
	static InvalidInput invalidFilter(String field, String message) {
		return new InvalidInput(field, message);
	}

	static NotFound notFound(long id) {
		return new NotFound("Not found", "There is no export job " + id
				+ " that you may see: jobs are shown to who started them, auditors and admins, until they expire.");
	}

	static Conflict notReady(long id, String status) {
		return new Conflict("Not ready",
				"Export job " + id + " is " + status + ": its file can be downloaded once it is DONE.");
	}

	static Failure gone(long id) {
		return new Refused(Failure.Kind.GONE, "Gone", "The file of export job " + id
				+ " is not here: it expired, or another node wrote it to a directory this node does not share.");
	}

	static Failure tooLarge(long incidents, int limit) {
		return new Refused(Failure.Kind.UNPROCESSABLE, "Too large for a direct download",
				incidents + " incidents match; a direct download holds at most " + limit
						+ ". Start an export job instead: POST /api/v1/exports with the same filters.");
	}

	/** The kinds the house has no base class for, as only export meets them. */
	private static final class Refused extends Failure {

		Refused(Kind kind, String title, String detail) {
			super(kind, title, detail);
		}

	}

}
