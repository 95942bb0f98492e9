package dev.firebreak.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.ModelAndView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The error page says why for refusals, whose messages Firebreak writes for people, and
 * never repeats a server failure's message, which may be internals.
 */
class UiErrorPagesTest {

	private final ErrorPages pages = new ErrorPages();

	@Test
	void aRefusalShowsItsReason() {
		ModelAndView page = pages.resolveErrorView(request("Incident INC-000007 belongs to team payments."),
				HttpStatus.FORBIDDEN, Map.of());

		assertThat(page.getViewName()).isEqualTo("web/error");
		assertThat(page.getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(page.getModel()).containsEntry("reason", "Incident INC-000007 belongs to team payments.")
			.containsEntry("heading", "You may not open this");
	}

	@Test
	void aServerFailureKeepsItsMessageToTheLog() {
		ModelAndView page = pages.resolveErrorView(request("JDBC connection to db-7.internal:3306 refused"),
				HttpStatus.INTERNAL_SERVER_ERROR, Map.of());

		assertThat(page.getStatus()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
		assertThat(page.getModel()).doesNotContainKey("reason")
			.containsEntry("heading", "Something went wrong on our side");
	}

	private static MockHttpServletRequest request(String message) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
		request.setAttribute(RequestDispatcher.ERROR_MESSAGE, message);
		return request;
	}

}
