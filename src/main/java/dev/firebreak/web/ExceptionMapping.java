package dev.firebreak.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

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
 * The one place where a refusal becomes an answer. For the API (a
 * {@code @RestController}, or an unknown address asked for by anything but a browser)
 * every error leaves as {@code application/problem+json}; input errors carry an
 * {@code errors} list naming each field and what is wrong with it, so that a caller can
 * fix all of them in one go. For a page, the same refusal becomes the friendly error page
 * ({@link ErrorPages}), which keeps the navigation and gives the reason. Refusals for
 * lack of rights are not caught here: they reach the security filters, which record them
 * in the audit log and answer the same way.
 */
@ControllerAdvice
class ExceptionMapping extends ResponseEntityExceptionHandler {

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
			.sorted((a, b) -> a.field().compareTo(b.field()))
			.toList();
		return badRequest(errors);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ex.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			String field = fieldPath(mismatch);
			String message = (mismatch instanceof InvalidFormatException invalid && invalid.getTargetType().isEnum())
					? "must be one of " + List.of(invalid.getTargetType().getEnumConstants()) : "has the wrong type";
			return badRequest(List.of(new FieldError(field, message)));
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request body is not valid JSON.");
		problem.setTitle("Malformed request");
		return ResponseEntity.badRequest().body(problem);
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
		return badRequest(List.of(new FieldError(name, message)));
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<Object> concurrentChange(OptimisticLockingFailureException ex, WebRequest request) {
		if (forPage(request)) {
			return page(request, HttpStatus.CONFLICT.value(),
					"Someone changed this at the same moment. Go back, reload the page and try again.");
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setTitle("Changed at the same time");
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
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

	private static ResponseEntity<Object> badRequest(List<FieldError> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Fix these fields: "
				+ String.join(", ", errors.stream().map(e -> e.field() + " " + e.message()).toList()));
		problem.setTitle("Invalid request");
		problem.setProperty("errors",
				errors.stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList());
		return ResponseEntity.badRequest().body(problem);
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

	private record FieldError(String field, String message) {
	}

}
