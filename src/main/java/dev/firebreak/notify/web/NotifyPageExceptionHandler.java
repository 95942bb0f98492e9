package dev.firebreak.notify.web;

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
 * A refusal the paging pages did not handle themselves (an unknown schedule, a concurrent
 * change) becomes the friendly error page, which keeps the navigation and gives the
 * reason; ahead of the API's handler, which would answer JSON. Refusals for lack of
 * rights are left to the security filters, which record them and show the same page.
 */
@ControllerAdvice(basePackageClasses = NotifyPageExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class NotifyPageExceptionHandler {

	@ExceptionHandler(ErrorResponseException.class)
	void refused(ErrorResponseException ex, HttpServletResponse response) throws IOException {
		String detail = ex.getBody().getDetail();
		response.sendError(ex.getStatusCode().value(), detail == null ? "" : detail);
	}

	/** A hand-edited address, such as {@code /schedules/abc}. */
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
				"Someone changed this schedule at the same time. Go back, reload the page and make your change again.");
	}

}
