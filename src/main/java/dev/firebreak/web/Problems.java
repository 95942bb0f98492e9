package dev.firebreak.web;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.firebreak.failure.Failure;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The one table from what went wrong to HTTP: a kind's status, and a failure's
 * problem+json body. Both the MVC advice and the security filters answer through it.
 */
final class Problems {

	private Problems() {
	}

	static HttpStatus status(Failure.Kind kind) {
		return switch (kind) {
			case INVALID_INPUT -> HttpStatus.BAD_REQUEST;
			case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
			case DENIED -> HttpStatus.FORBIDDEN;
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case CONFLICT -> HttpStatus.CONFLICT;
			case GONE -> HttpStatus.GONE;
			case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
			case UNSUPPORTED_FORMAT -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
			case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_ENTITY;
			case OVERLOADED -> HttpStatus.TOO_MANY_REQUESTS;
			case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
		};
	}

	/**
	 * The failure as RFC 9457 problem: its title (or the status' name), detail and type,
	 * its properties as members, and its field errors as the {@code errors} list of
	 * {@code {field, message}} that every input error of the API carries.
	 */
	static ProblemDetail of(Failure failure) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status(failure.kind()), failure.detail());
		problem.setType(failure.type());
		if (failure.title() != null) {
			problem.setTitle(failure.title());
		}
		failure.properties().forEach(problem::setProperty);
		if (!failure.fieldErrors().isEmpty()) {
			problem.setProperty("errors", failure.fieldErrors().stream().map(error -> {
				Map<String, String> member = new LinkedHashMap<>();
				member.put("field", error.field());
				member.put("message", error.message());
				return member;
			}).toList());
		}
		return problem;
	}

}
