package dev.firebreak.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import dev.firebreak.failure.Conflict;
import dev.firebreak.failure.Failure;
import dev.firebreak.failure.FieldError;
import dev.firebreak.failure.InvalidInput;
import dev.firebreak.failure.Unauthenticated;
import dev.firebreak.failure.Unavailable;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place where a refusal becomes an answer: the features' {@link Failure}s, which
 * say what went wrong in their own terms, and Spring's own exceptions. For the API (a
 * {@code @RestController}, or an unknown address asked for by anything but a browser)
 * every error leaves as {@code application/problem+json}; input errors carry an
 * {@code errors} list naming each field and what is wrong with it, so that a caller can
 * fix all of them in one go. For a page, the same refusal becomes the friendly error page
 * ({@link ErrorPages}), which keeps the navigation and gives the reason. Refusals for
 * lack of rights ({@code AccessDeniedException}) are not caught here: they reach the
 * security filters, which record them in the audit log and answer the same way, through
 * {@link ProblemWriter}.
 */
@ControllerAdvice
@EnableConfigurationProperties(OutageProperties.class)
class ExceptionMapping extends ResponseEntityExceptionHandler {

	private final OutageProperties outage;

	ExceptionMapping(OutageProperties outage) {
		this.outage = outage;
	}

	/**
	 * The database is away (however Spring or the engine wrapped it): 503 with
	 * {@code Retry-After}. Anything else is rethrown untouched, which hands it on to the
	 * next resolver as if this method were not here ({@code AccessDeniedException} to the
	 * security filters, the rest to the 500 page). What fails outside MVC (the session,
	 * the sign-in) is answered the same way by {@link DatabaseOutageFilter}.
	 */
	@ExceptionHandler(RuntimeException.class)
	ResponseEntity<Object> databaseAway(RuntimeException ex, WebRequest request) {
		if (!DatabaseOutage.isCause(ex)) {
			throw ex;
		}
		Unavailable unavailable = DatabaseOutageFilter.unavailable(outage, ex);
		if (forPage(request)) {
			((ServletWebRequest) request).getResponse()
				.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(outage.retryAfter().toSeconds()));
			return page(request, HttpStatus.SERVICE_UNAVAILABLE.value(), unavailable.detail());
		}
		return answer(unavailable);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (forPage(request)) {
			// Spring passes no body for exceptions that carry their own
			ProblemDetail problem = body instanceof ProblemDetail given ? given
					: ex instanceof ErrorResponse response ? response.getBody() : null;
			String detail = problem == null ? null : problem.getDetail();
			return page(request, statusCode.value(), detail);
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		// the page says "not found" in its own words, not Spring's "no static resource"
		return forPage(request) ? page(request, HttpStatus.NOT_FOUND.value(), null)
				: super.handleNoResourceFoundException(ex, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
			.toList();
		return answer(new InvalidInput(errors));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ex.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			String field = fieldPath(mismatch);
			String message = (mismatch instanceof InvalidFormatException invalid && invalid.getTargetType().isEnum())
					? "must be one of " + List.of(invalid.getTargetType().getEnumConstants()) : "has the wrong type";
			return answer(new InvalidInput(field, message));
		}
		return answer(new InvalidInput("Malformed request", "The request body is not valid JSON.", List.of()));
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
				: ex.getPropertyName();
		if (forPage(request)) {
			// a hand-edited address, such as /incidents?status=SOMETIMES
			return page(request, HttpStatus.BAD_REQUEST.value(),
					"The address has a value Firebreak cannot read: " + name + " = " + ex.getValue() + ".");
		}
		String message = ex.getRequiredType() != null && ex.getRequiredType().isEnum()
				? "must be one of " + List.of(ex.getRequiredType().getEnumConstants()) : "cannot be read as "
						+ (ex.getRequiredType() == null ? "this type" : ex.getRequiredType().getSimpleName());
		return answer(new InvalidInput(name, message));
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<Object> concurrentChange(OptimisticLockingFailureException ex, WebRequest request) {
		if (forPage(request)) {
			return page(request, HttpStatus.CONFLICT.value(),
					"Someone changed this at the same moment. Go back, reload the page and try again.");
		}
		return answer(new Conflict("Changed at the same time", ex.getMessage()));
	}

	/**
	 * A feature's refusal: the friendly page for a page, which shows the detail of a 4xx;
	 * otherwise problem+json, with the headers that tell a caller what to do next.
	 */
	@ExceptionHandler(Failure.class)
	ResponseEntity<Object> failure(Failure ex, WebRequest request) {
		if (forPage(request)) {
			return page(request, Problems.status(ex.kind()).value(), ex.detail());
		}
		return answer(ex);
	}

	/**
	 * A page is what a {@code @Controller} without {@code @ResponseBody} answers, or,
	 * where no controller matched, what a browser asks for.
	 */
	private static boolean forPage(WebRequest request) {
		Object handler = request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE,
				RequestAttributes.SCOPE_REQUEST);
		if (handler instanceof HandlerMethod method) {
			return !AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class)
					&& !method.hasMethodAnnotation(ResponseBody.class);
		}
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
	}

	/** Hands the refusal to the error page, with the reason when there is one. */
	private static ResponseEntity<Object> page(WebRequest request, int status, String reason) {
		try {
			((ServletWebRequest) request).getResponse().sendError(status, reason == null ? "" : reason);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return null;
	}

	private static ResponseEntity<Object> answer(Failure failure) {
		HttpHeaders headers = new HttpHeaders();
		failure.retryAfter()
			.ifPresent(after -> headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(after.toSeconds())));
		if (failure instanceof Unauthenticated unauthenticated) {
			unauthenticated.challenges().forEach(challenge -> headers.add(HttpHeaders.WWW_AUTHENTICATE, challenge));
		}
		return ResponseEntity.status(Problems.status(failure.kind())).headers(headers).body(Problems.of(failure));
	}

	private static String fieldPath(MismatchedInputException ex) {
		StringBuilder path = new StringBuilder();
		ex.getPath().forEach(reference -> {
			if (reference.getFieldName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
			}
			else {
				path.append('[').append(reference.getIndex()).append(']');
			}
		});
		return path.toString();
	}

}
