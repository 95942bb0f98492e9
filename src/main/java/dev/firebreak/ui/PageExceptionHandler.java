package dev.firebreak.ui;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A refusal the pages did not handle themselves (an unknown incident or task, a state
 * that no longer allows the action) becomes the friendly error page, which keeps the
 * navigation and gives the reason. Ahead of the API's handler, which would answer JSON.
 * Refusals for lack of rights are not caught here: they reach the security filters, which
 * record them in the audit log and show the same page.
 */
@ControllerAdvice(basePackageClasses = PageExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageExceptionHandler {

	@ExceptionHandler(ErrorResponseException.class)
	void refused(ErrorResponseException ex, HttpServletResponse response) throws IOException {
		String detail = ex.getBody().getDetail();
		response.sendError(ex.getStatusCode().value(), detail == null ? "" : detail);
	}

	/** A hand-edited address, such as {@code /incidents?status=SOMETIMES}. */
	@ExceptionHandler(TypeMismatchException.class)
	void unreadable(TypeMismatchException ex, HttpServletResponse response) throws IOException {
		String name = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
				: ex.getPropertyName();
		response.sendError(HttpStatus.BAD_REQUEST.value(),
				"The address has a value Firebreak cannot read: " + name + " = " + ex.getValue() + ".");
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	void changedMeanwhile(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.CONFLICT.value(),
				"Someone changed this at the same moment. Go back, reload the page and try again.");
	}

}
