package dev.firebreak.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import dev.firebreak.ApiClient;
import dev.firebreak.FirebreakTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Firebreak checks first when a request is wrong in several ways: the address itself
 * (an encoded traversal is refused before anyone signs in), then who asks, then what they
 * send. So a non-manager's empty body is refused as forbidden, not as invalid, an auditor
 * is not shown a form they may not submit, and a mangled address never reaches the
 * servlet container's own error page.
 */
@FirebreakTest
class RefusalOrderTest {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aNonManagersEmptyKnownErrorIsForbiddenBeforeItIsInvalid() throws Exception {
		HttpResponse<String> responder = put("rita", "/api/v1/problems/PRB-000001/known-error", "");
		assertThat(responder.statusCode()).as(responder.body()).isEqualTo(403);
		assertThat(responder.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");

		HttpResponse<String> auditor = put("audra", "/api/v1/problems/PRB-000001/known-error", "{}");
		assertThat(auditor.statusCode()).isEqualTo(403);

		// a manager may edit, so the same empty body is what is wrong
		HttpResponse<String> manager = put("mona", "/api/v1/problems/PRB-000001/known-error", "");
		assertThat(manager.statusCode()).as(manager.body()).isEqualTo(400);
		assertThat(manager.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
	}

	@Test
	void theReportFormIsShownOnlyToThoseWhoMayReport() throws Exception {
		HttpResponse<String> auditor = page("audra", "/incidents/new");
		assertThat(auditor.statusCode()).isEqualTo(403);
		assertThat(auditor.body()).doesNotContain("name=\"title\"");

		assertThat(page("rita", "/incidents/new").statusCode()).isEqualTo(200);
		assertThat(page("mona", "/incidents/new").statusCode()).isEqualTo(200);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/incidents/..%2F..%2Factuator%2Fenv", "/api/v1/incidents/INC-1%2F..%2F..",
			"/api/v1/problems/..%2FPRB-000001", "/api/v1/incidents/%2E%2E%2Fusers", "/api/v1/incidents/..%5Cusers",
			"/incidents/..%2F..%2Fadmin", "/exports/..%2F..%2Fetc%2Fpasswd" })
	void anEncodedTraversalIsABadRequestInProblemJson(String address) throws Exception {
		for (String user : new String[] { "rita", null }) {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + address))
				.header("Accept", address.startsWith("/api/") ? "application/json" : "text/html");
			if (user != null) {
				request.header("Authorization", basic(user));
			}
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());

			assertThat(response.statusCode()).as("%s as %s: %s", address, user, response.body()).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type").orElseThrow())
				.startsWith("application/problem+json");
			assertThat(response.body()).contains("\"status\":400")
				.doesNotContain("Exception")
				.doesNotContain("Tomcat")
				.doesNotContainIgnoringCase("<html");
		}
	}

	private HttpResponse<String> put(String user, String path, String body) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Authorization", basic(user))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> page(String user, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Authorization", basic(user))
			.header("Accept", "text/html")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String basic(String user) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((user + ":" + ApiClient.PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

}
