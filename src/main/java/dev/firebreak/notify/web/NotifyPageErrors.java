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

/**
 * A refusal the paging pages did not turn into a message on the form themselves (someone
 * else's contact method, a policy that is gone) becomes the friendly error page with its
 * reason, not the API's JSON. Only for these pages' controllers: the acknowledge links
 * answer with pages of their own. Refusals for lack of rights pass by, to the security
 * filters, which audit them and show the 403 page.
 */
@ControllerAdvice(assignableTypes = { ContactPagesController.class, PolicyPagesController.class,
		DestinationPagesController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class NotifyPageErrors {

	@ExceptionHandler(ErrorResponseException.class)
	void refused(ErrorResponseException ex, HttpServletResponse response) throws IOException {
		String detail = ex.getBody().getDetail();
		response.sendError(ex.getStatusCode().value(), detail == null ? "" : detail);
	}

	/** A hand-edited address, such as {@code /policies/abc/edit}. */
	@ExceptionHandler(TypeMismatchException.class)
	void unreadable(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value(), "There is no such page.");
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	void changedMeanwhile(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.CONFLICT.value(),
				"Someone changed this at the same moment. Go back, reload the page and try again.");
	}

}
