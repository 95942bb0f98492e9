package dev.firebreak.web;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;

import dev.firebreak.failure.Failure;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * For answers given before Spring MVC runs (the security filters' 401 and 403), where
 * {@code ExceptionMapping} cannot: the same status and problem+json body through
 * {@link Problems}.
 */
@Component
public class ProblemWriter {

	private final ObjectMapper json;

	ProblemWriter(ObjectMapper json) {
		this.json = json;
	}

	/** Answers with the kind's status and a problem+json body saying {@code detail}. */
	public void write(HttpServletResponse response, Failure.Kind kind, String detail) throws IOException {
		HttpStatus status = Problems.status(kind);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), problem);
	}

	/**
	 * Answers with the failure's status, headers ({@code Retry-After}) and problem+json.
	 */
	public void write(HttpServletResponse response, Failure failure) throws IOException {
		failure.retryAfter()
			.ifPresent(after -> response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(after.toSeconds())));
		response.setStatus(Problems.status(failure.kind()).value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), Problems.of(failure));
	}

}
