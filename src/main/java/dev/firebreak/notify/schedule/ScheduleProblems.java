package dev.firebreak.notify.schedule;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The 404 and 409 answers about schedules, as problem+json. */
final class ScheduleProblems {

	private ScheduleProblems() {
	}

	static ErrorResponseException scheduleNotFound(long id) {
		return of(HttpStatus.NOT_FOUND, "Schedule not found", "There is no schedule " + id + ".");
	}

	static ErrorResponseException overrideNotFound(long scheduleId, long overrideId) {
		return of(HttpStatus.NOT_FOUND, "Override not found",
				"Schedule " + scheduleId + " has no override " + overrideId + ".");
	}

	/**
	 * A name another schedule of the team has. A conflict with stored state rather than a
	 * malformed request, as for services, people and teams; the {@code errors} list still
	 * names the field, so that forms show it there.
	 */
	static ErrorResponseException nameTaken(String team, String name) {
		String message = "is taken: team " + team + " already has a schedule named '" + name + "'";
		ErrorResponseException conflict = of(HttpStatus.CONFLICT, "Name taken", "name " + message + ".");
		conflict.getBody().setProperty("errors", List.of(Map.of("field", "name", "message", message)));
		return conflict;
	}

	private static ErrorResponseException of(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return new ErrorResponseException(status, problem, null);
	}

}
