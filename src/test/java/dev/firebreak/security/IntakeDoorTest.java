package dev.firebreak.security;

import java.util.List;
import java.util.Map;

import dev.firebreak.ApiClient.Credentials;
import dev.firebreak.ApiClient.Response;
import dev.firebreak.ApiClient;
import dev.firebreak.FirebreakTest;
import dev.firebreak.security.people.UserRepository;
import jakarta.servlet.Filter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the monitoring intake paths only integration keys count, and the intake code checks
 * those itself: a person's password or API token does nothing there, neither signing in
 * nor counting as a failed sign-in.
 */
@FirebreakTest
class IntakeDoorTest {

	@LocalServerPort
	int port;

	@Autowired
	FilterChainProxy security;

	@Autowired
	UserRepository users;

	ApiClient api;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
	}

	@Test
	void noPasswordOrTokenSignInRunsOnTheIntakePaths() {
		for (String path : List.of("/api/v1/intake/alertmanager", "/v2/enqueue")) {
			List<Filter> filters = filtersFor(new MockHttpServletRequest("POST", path));
			assertThat(filters).as(path)
				.noneMatch(filter -> filter instanceof BasicAuthenticationFilter
						|| filter instanceof AuthenticationFilter);
		}
		assertThat(filtersFor(new MockHttpServletRequest("GET", "/api/v1/incidents")))
			.anyMatch(filter -> filter instanceof AuthenticationFilter)
			.anyMatch(filter -> filter instanceof BasicAuthenticationFilter);
	}

	@Test
	void aWrongPasswordOnAnIntakePathIsNotASignInAttempt() {
		long failuresBefore = failuresOf("rita");

		for (int i = 0; i < 6; i++) {
			Response response = api.call(Credentials.basic("rita", "wrong"), HttpMethod.POST, "/api/v1/intake/generic",
					Map.of("title", "x"));
			// the intake's own key check refuses; no password sign-in is offered or
			// attempted
			assertThat(response.status()).isEqualTo(401);
			assertThat(response.headers().get(HttpHeaders.WWW_AUTHENTICATE))
				.containsExactly("Bearer realm=\"Firebreak intake\"");
		}

		assertThat(users.failedAttempts("rita")).isZero();
		assertThat(failuresOf("rita")).isEqualTo(failuresBefore);
		assertThat(api.get("rita", "/api/v1/me").status()).as("not locked").isEqualTo(200);
	}

	@Test
	void aPersonsTokenOnAnIntakePathSignsNobodyIn() {
		String token = api.post("rita", "/api/v1/me/tokens", Map.of("name", "not a key")).body().get("token").asText();

		Response asKey = api.call(Credentials.bearer(token), HttpMethod.POST, "/api/v1/intake/generic",
				Map.of("dedupKey", "k", "title", "t"));
		Response asRoutingKey = api.call(Credentials.NONE, HttpMethod.POST, "/v2/enqueue", Map.of("routing_key", token,
				"event_action", "trigger", "payload", Map.of("summary", "s", "source", "x", "severity", "info")));

		assertThat(asKey.status()).isEqualTo(401);
		assertThat(asKey.body().get("detail").asText()).contains("unknown");
		assertThat(asRoutingKey.status()).as("PagerDuty's answer to a bad routing key").isEqualTo(400);
		assertThat(asRoutingKey.body().get("errors").get(0).asText()).isEqualTo("Invalid routing key");
	}

	/** The filters of the first chain that takes the request, as the proxy picks it. */
	private List<Filter> filtersFor(MockHttpServletRequest request) {
		request.setServletPath(request.getRequestURI());
		return security.getFilterChains()
			.stream()
			.filter(chain -> chain.matches(request))
			.findFirst()
			.orElseThrow()
			.getFilters();
	}

	private long failuresOf(String user) {
		return api.get("audra", "/api/v1/audit?action=LOGIN_FAILED&actor=" + user).body().get("total").asLong();
	}

}
