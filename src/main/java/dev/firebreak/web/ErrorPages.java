package dev.firebreak.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * One friendly page for every error a browser meets, with the navigation kept. The reason
 * is shown for 4xx answers, whose messages Firebreak writes for people (the security
 * filters and {@link ExceptionMapping}); never for 5xx, whose messages may be internals.
 */
@Component
class ErrorPages implements ErrorViewResolver {

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		Map<String, Object> page = new HashMap<>(model);
		page.put("status", status.value());
		page.put("heading", heading(status));
		page.put("advice", advice(status));
		Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
		if (status.is4xxClientError() && message instanceof String reason && !reason.isBlank()) {
			page.put("reason", reason);
		}
		return new ModelAndView("web/error", page, status);
	}

	private static String heading(HttpStatus status) {
		return switch (status) {
			case FORBIDDEN -> "You may not open this";
			case NOT_FOUND -> "Not found";
			case CONFLICT -> "That did not work";
			default -> status.is5xxServerError() ? "Something went wrong on our side" : "That did not work";
		};
	}

	private static String advice(HttpStatus status) {
		return switch (status) {
			case FORBIDDEN -> "Your roles or teams do not allow it. Ask a manager or an admin if you need it.";
			case NOT_FOUND -> "Check the address, or find it from My work or the incident list.";
			default -> status.is5xxServerError()
					? "The error was logged. Try again in a moment; if it keeps happening, tell your admin."
					: "Go back and try again.";
		};
	}

}
