package dev.firebreak.web;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error leaves as {@code application/problem+json}. Input errors carry an
 * {@code errors} list naming each field and what is wrong with it, so that a caller can
 * fix all of them in one go.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

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
		String message = ex.getRequiredType() != null && ex.getRequiredType().isEnum()
				? "must be one of " + List.of(ex.getRequiredType().getEnumConstants()) : "cannot be read as "
						+ (ex.getRequiredType() == null ? "this type" : ex.getRequiredType().getSimpleName());
		return badRequest(List.of(new FieldError(name, message)));
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail concurrentChange(OptimisticLockingFailureException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setTitle("Changed at the same time");
		return problem;
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
