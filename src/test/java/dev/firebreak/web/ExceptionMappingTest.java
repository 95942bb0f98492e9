package dev.firebreak.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.firebreak.failure.Conflict;
import dev.firebreak.failure.Failure;
import dev.firebreak.failure.FieldError;
import dev.firebreak.failure.InvalidInput;
import dev.firebreak.failure.NotFound;
import dev.firebreak.failure.Unauthenticated;
import dev.firebreak.failure.Unavailable;
import jakarta.servlet.RequestDispatcher;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * How {@link ExceptionMapping} and {@link Problems} turn every refusal into an answer,
 * checked on a web slice with controllers of its own that throw each {@link Failure} kind
 * and Spring's own exceptions: the exact status, the problem+json body and the headers
 * that tell a caller what to do next for the API; the reason handed to the friendly error
 * page for a page. Who may call what is the security filters' business, proven on the
 * whole application (AuthorizationMatrixTest), so the filters stay out.
 */
@WebMvcTest(controllers = { ExceptionMappingTest.Api.class, ExceptionMappingTest.Pages.class })
@AutoConfigureMockMvc(addFilters = false)
@Import({ ExceptionMappingTest.Api.class, ExceptionMappingTest.Pages.class, ErrorPages.class })
class ExceptionMappingTest {

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@CsvSource({ "INVALID_INPUT, 400", "UNAUTHENTICATED, 401", "DENIED, 403", "NOT_FOUND, 404", "CONFLICT, 409",
			"GONE, 410", "TOO_LARGE, 413", "UNSUPPORTED_FORMAT, 415", "UNPROCESSABLE, 422", "OVERLOADED, 429",
			"UNAVAILABLE, 503" })
	void everyKindHasItsStatusAndAProblemBody(Failure.Kind kind, int status) throws Exception {
		mvc.perform(get("/test/api/kind/{kind}", kind))
			.andExpect(status().is(status))
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(status))
			.andExpect(jsonPath("$.title").value("Refused as " + kind))
			.andExpect(jsonPath("$.detail").value("Because of " + kind + "."))
			.andExpect(jsonPath("$.type").value("about:blank"))
			.andExpect(jsonPath("$.instance").value("/test/api/kind/" + kind))
			.andExpect(jsonPath("$.errors").doesNotExist());
	}

	@Test
	void everyKindIsCoveredAbove() {
		assertThat(Failure.Kind.values()).hasSize(11);
	}

	@Test
	void invalidInputNamesEveryFieldSortedAndStandardTitle() throws Exception {
		mvc.perform(get("/test/api/invalid"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Invalid request"))
			.andExpect(jsonPath("$.detail").value("Fix these fields: name is required, severity must be one of [LOW]"))
			.andExpect(jsonPath("$.errors.length()").value(2))
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[0].message").value("is required"))
			.andExpect(jsonPath("$.errors[1].field").value("severity"))
			.andExpect(jsonPath("$.errors[1].message").value("must be one of [LOW]"));
	}

	@Test
	void aFailuresPropertiesBecomeMembersAndItsStandardTitleIsTheStatusName() throws Exception {
		mvc.perform(get("/test/api/conflict"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.title").value("Conflict"))
			.andExpect(jsonPath("$.detail").value("Version 3 is gone."))
			.andExpect(jsonPath("$.type").value("https://firebreak.dev/problems/stale"))
			.andExpect(jsonPath("$.currentVersion").value(4));
	}

	@Test
	void passingFailuresSayWhenToComeBack() throws Exception {
		mvc.perform(get("/test/api/unavailable"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "5"))
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("The database does not answer."));
		mvc.perform(get("/test/api/overloaded"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "30"));
		mvc.perform(get("/test/api/kind/CONFLICT")).andExpect(header().doesNotExist("Retry-After"));
	}

	@Test
	void anUnauthenticatedCallerIsToldHowToSignIn() throws Exception {
		mvc.perform(get("/test/api/unauthenticated"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().stringValues("WWW-Authenticate", "Bearer realm=\"firebreak\"",
					"Basic realm=\"firebreak\""))
			.andExpect(jsonPath("$.title").value("Unauthorized"))
			.andExpect(jsonPath("$.detail").value("Send Authorization: Bearer <token>."));
	}

	@Test
	void aConcurrentChangeIsAConflict() throws Exception {
		mvc.perform(get("/test/api/concurrent"))
			.andExpect(status().isConflict())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Changed at the same time"))
			.andExpect(jsonPath("$.detail").value("row 7 was updated by another transaction"));
	}

	@Test
	void beanValidationErrorsAreNamedFieldByField() throws Exception {
		mvc.perform(post("/test/api/things").contentType(MediaType.APPLICATION_JSON).content("{\"count\": -1}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Invalid request"))
			.andExpect(jsonPath("$.errors[0].field").value("count"))
			.andExpect(jsonPath("$.errors[0].message").value("must be greater than 0"))
			.andExpect(jsonPath("$.errors[1].field").value("name"))
			.andExpect(jsonPath("$.errors[1].message").value("must not be blank"));
	}

	@Test
	void malformedJsonIsABadRequest() throws Exception {
		mvc.perform(post("/test/api/things").contentType(MediaType.APPLICATION_JSON).content("{\"name\": "))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Malformed request"))
			.andExpect(jsonPath("$.detail").value("The request body is not valid JSON."));
	}

	@Test
	void aMistypedMemberIsNamedWithItsPath() throws Exception {
		mvc.perform(post("/test/api/things").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"a\", \"count\": 1, \"parts\": [{\"size\": 2}, {\"size\": \"big\"}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("parts[1].size"))
			.andExpect(jsonPath("$.errors[0].message").value("has the wrong type"));
		mvc.perform(post("/test/api/things").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"a\", \"count\": 1, \"colour\": \"PURPLE\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("colour"))
			.andExpect(jsonPath("$.errors[0].message").value("must be one of [RED, AMBER, GREEN]"));
	}

	@Test
	void anUnreadableAddressValueIsNamed() throws Exception {
		mvc.perform(get("/test/api/number/seven"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("id"))
			.andExpect(jsonPath("$.errors[0].message").value("cannot be read as long"));
		mvc.perform(get("/test/api/colour").param("colour", "PURPLE"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("colour"))
			.andExpect(jsonPath("$.errors[0].message").value("must be one of [RED, AMBER, GREEN]"));
	}

	@Test
	void springsOwnRefusalsAreProblemsToo() throws Exception {
		mvc.perform(post("/test/api/things").contentType(MediaType.TEXT_PLAIN).content("x"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(415));
		mvc.perform(post("/test/api/kind/CONFLICT"))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/test/api/no-such-thing").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void aPageHandsAFailureToTheErrorPageWithItsReason() throws Exception {
		MvcResult result = mvc.perform(get("/test/page/missing").accept(MediaType.TEXT_HTML)).andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(404);
		assertThat(result.getResponse().getErrorMessage()).isEqualTo("There is no incident INC-000042.");
		assertThat(result.getResponse().getContentAsString()).isEmpty();
		assertThat(errorPage(result)).contains("Not found", "There is no incident INC-000042.",
				"Check the address, or find it from My work or the incident list.");
	}

	@Test
	void aPageWithAMistypedAddressSaysWhichValue() throws Exception {
		MvcResult result = mvc.perform(get("/test/page/colour").param("colour", "PURPLE")).andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(result.getResponse().getErrorMessage())
			.isEqualTo("The address has a value Firebreak cannot read: colour = PURPLE.");
		assertThat(errorPage(result)).contains("That did not work",
				"The address has a value Firebreak cannot read: colour = PURPLE.");
	}

	@Test
	void aPageMeetingAConcurrentChangeIsToldToReload() throws Exception {
		MvcResult result = mvc.perform(get("/test/page/concurrent")).andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(409);
		assertThat(result.getResponse().getErrorMessage())
			.isEqualTo("Someone changed this at the same moment. Go back, reload the page and try again.");
	}

	@Test
	void aBrowserAskingForAnUnknownAddressGetsThePageNotProblemJson() throws Exception {
		MvcResult result = mvc.perform(get("/test/no-such-page").accept(MediaType.TEXT_HTML)).andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(404);
		assertThat(result.getResponse().getContentType()).isNull();
		assertThat(result.getResponse().getErrorMessage()).isEmpty();
		assertThat(errorPage(result)).contains("Not found").doesNotContain("No static resource");
	}

	@Test
	void aServerFailureOnAPageKeepsItsMessageOffThePage() throws Exception {
		MvcResult result = mvc.perform(get("/test/page/unavailable")).andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(503);
		assertThat(errorPage(result)).contains("Something went wrong on our side").doesNotContain("db-7.internal");
	}

	/**
	 * What the servlet container does after {@code sendError}, which MockMvc does not:
	 * forward to {@code /error} with the status and the reason.
	 */
	private String errorPage(MvcResult failed) throws Exception {
		return mvc
			.perform(get("/error").accept(MediaType.TEXT_HTML)
				.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, failed.getResponse().getStatus())
				.requestAttr(RequestDispatcher.ERROR_MESSAGE, failed.getResponse().getErrorMessage())
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, failed.getRequest().getRequestURI()))
			.andExpect(status().is(failed.getResponse().getStatus()))
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	enum Colour {

		RED, AMBER, GREEN

	}

	record Part(int size) {
	}

	record Thing(@NotBlank String name, @Positive int count, Colour colour, List<Part> parts) {
	}

	/** Any refusal of a kind, worded so that the answer shows which one it was. */
	static final class Refusal extends Failure {

		Refusal(Kind kind) {
			super(kind, "Refused as " + kind, "Because of " + kind + ".");
		}

	}

	static final class Stale extends Conflict {

		Stale() {
			super(null, "Version 3 is gone.");
		}

		@Override
		public java.net.URI type() {
			return java.net.URI.create("https://firebreak.dev/problems/stale");
		}

		@Override
		public Map<String, Object> properties() {
			return Map.of("currentVersion", 4);
		}

	}

	static final class Busy extends Unavailable {

		Busy() {
			super(Kind.OVERLOADED, "The inbox is full, retry later.", Duration.ofSeconds(30));
		}

	}

	@RestController
	static class Api {

		@GetMapping("/test/api/kind/{kind}")
		void kind(@PathVariable("kind") Failure.Kind kind) {
			throw new Refusal(kind);
		}

		@GetMapping("/test/api/invalid")
		void invalid() {
			throw new InvalidInput(
					List.of(new FieldError("severity", "must be one of [LOW]"), new FieldError("name", "is required")));
		}

		@GetMapping("/test/api/conflict")
		void conflict() {
			throw new Stale();
		}

		@GetMapping("/test/api/unavailable")
		void unavailable() {
			throw new Unavailable("The database does not answer.", Duration.ofSeconds(5),
					new IllegalStateException("db-7.internal:3306 refused"));
		}

		@GetMapping("/test/api/overloaded")
		void overloaded() {
			throw new Busy();
		}

		@GetMapping("/test/api/unauthenticated")
		void unauthenticated() {
			throw new Unauthenticated("Send Authorization: Bearer <token>.",
					List.of("Bearer realm=\"firebreak\"", "Basic realm=\"firebreak\""));
		}

		@GetMapping("/test/api/concurrent")
		void concurrent() {
			throw new OptimisticLockingFailureException("row 7 was updated by another transaction");
		}

		@PostMapping("/test/api/things")
		Thing things(@Valid @RequestBody Thing thing) {
			return thing;
		}

		@GetMapping("/test/api/number/{id}")
		long number(@PathVariable("id") long id) {
			return id;
		}

		@GetMapping("/test/api/colour")
		Colour colour(@RequestParam("colour") Colour colour) {
			return colour;
		}

	}

	@Controller
	static class Pages {

		@GetMapping("/test/page/missing")
		String missing() {
			throw new NotFound(null, "There is no incident INC-000042.");
		}

		@GetMapping("/test/page/colour")
		String colour(@RequestParam("colour") Colour colour) {
			return "web/error";
		}

		@GetMapping("/test/page/concurrent")
		String concurrent() {
			throw new OptimisticLockingFailureException("row 7");
		}

		@GetMapping("/test/page/unavailable")
		String unavailable() {
			throw new Unavailable("JDBC connection to db-7.internal:3306 refused", Duration.ofSeconds(5), null);
		}

	}

}
