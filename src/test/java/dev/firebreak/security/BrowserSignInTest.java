package dev.firebreak.security;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import dev.firebreak.ApiClient;
import dev.firebreak.BrowserSession;
import dev.firebreak.FirebreakTest;
import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.incident.TestServices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People in a browser: the login form, a session cookie that scripts cannot read and
 * other sites do not send, CSRF tokens on every change, logout; the API does not accept
 * the cookie at all. Security headers on every answer; Swagger UI still loads under them.
 */
@FirebreakTest
class BrowserSignInTest {

	static final String JSON = "application/json";

	@LocalServerPort
	int port;

	@Autowired
	ServiceCatalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	BrowserSession browser;

	@BeforeEach
	void setUp() {
		browser = new BrowserSession(port);
	}

	@Test
	void theLoginFormSignsInWithAnHttpOnlySameSiteSessionCookie() {
		assertThat(browser.get("/swagger-ui.html").statusCode()).isEqualTo(302);

		HttpResponse<String> login = browser.login("rita", ApiClient.PASSWORD);

		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).contains("/swagger-ui.html"));
		String cookie = login.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith("SESSION="))
			.findFirst()
			.orElseThrow();
		assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax");
		assertThat(browser.get("/v3/api-docs", JSON).statusCode()).isEqualTo(200);
	}

	@Test
	void aWrongPasswordSendsBackToTheFormAndSignsNobodyIn() {
		HttpResponse<String> login = browser.login("rita", "not the password");

		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
		assertThat(browser.get("/v3/api-docs", JSON).statusCode()).isEqualTo(401);
	}

	@Test
	void aFormPostWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
		browser.login("rita", ApiClient.PASSWORD);

		HttpResponse<String> logout = browser.postForm("/logout", Map.of());

		assertThat(logout.statusCode()).isEqualTo(403);
		assertThat(logout.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).as("a browser is shown the error page").startsWith("text/html"));
		assertThat(logout.body()).contains("CSRF");
		assertThat(browser.get("/v3/api-docs", JSON).statusCode()).as("still signed in").isEqualTo(200);
		assertThat(browser.postForm("/logout", Map.of("_csrf", "forged")).statusCode()).isEqualTo(403);
		assertThat(browser.get("/v3/api-docs", JSON).statusCode()).as("still signed in").isEqualTo(200);
	}

	@Test
	void logoutWithTheTokenEndsTheSession() {
		browser.login("rita", ApiClient.PASSWORD);

		HttpResponse<String> logout = browser.postForm("/logout", Map.of("_csrf", browser.csrfTokenFrom("/logout")));

		assertThat(logout.statusCode()).isEqualTo(302);
		assertThat(logout.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));
		HttpResponse<String> signedOut = browser.get("/login?logout");
		assertThat(signedOut.statusCode()).as("not sent on to the bare login page").isEqualTo(200);
		assertThat(signedOut.body()).contains("You have signed out.");
		assertThat(browser.get("/v3/api-docs", JSON).statusCode()).isEqualTo(401);
	}

	@Test
	void theApiIgnoresTheSessionCookieSoACrossSiteFormCannotUseIt() {
		String service = TestServices.fresh(catalogue, "web", 2, "ops");
		browser.login("rita", ApiClient.PASSWORD);

		HttpResponse<String> report = browser
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/incidents"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(
						"{\"title\":\"x\",\"service\":\"" + service + "\",\"severity\":\"LOW\",\"impact\":\"LOW\"}")));

		assertThat(report.statusCode()).isEqualTo(401);
		assertThat(jdbc.sql("select count(*) from fb_incident where service_name = ?")
			.param(service)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void everyAnswerCarriesTheSecurityHeaders() {
		HttpResponse<String> page = browser.get("/login");
		ApiClient.Response api = new ApiClient(port).get("rita", "/api/v1/me");

		for (var headers : java.util.List.of(page.headers().map(), api.headers())) {
			assertThat(headers.get("Content-Security-Policy")).singleElement()
				.asString()
				.contains("default-src 'self'")
				.contains("frame-ancestors 'none'");
			assertThat(headers.get("X-Frame-Options")).containsExactly("DENY");
			assertThat(headers.get("X-Content-Type-Options")).containsExactly("nosniff");
		}
	}

	@Test
	void swaggerUiLoadsForASignedInPersonUnderThePolicy() {
		browser.login("rita", ApiClient.PASSWORD);

		HttpResponse<String> entry = browser.get("/swagger-ui.html");
		assertThat(entry.statusCode()).isEqualTo(302);
		String index = URI.create(entry.headers().firstValue("Location").orElseThrow()).getPath();
		HttpResponse<String> page = browser.get(index);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("swagger-ui-bundle.js").doesNotContain("<script>");
		assertThat(page.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'"));
		assertThat(browser.get(index.replace("index.html", "swagger-initializer.js")).statusCode()).isEqualTo(200);
		assertThat(browser.get("/v3/api-docs/swagger-config", JSON).statusCode()).isEqualTo(200);
		assertThat(browser.get("/v3/api-docs", JSON).body()).as("Swagger UI's Authorize button offers both")
			.contains("\"securitySchemes\"")
			.contains("\"scheme\":\"basic\"")
			.contains("\"scheme\":\"bearer\"");
	}

}
