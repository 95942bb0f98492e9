package dev.firebreak.security.signin;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.firebreak.ApiClient;
import dev.firebreak.ApiClient.Credentials;
import dev.firebreak.BrowserSession;
import dev.firebreak.FirebreakApplication;
import dev.firebreak.security.signin.TestIdentityProvider.Person;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on for real: Firebreak and an OpenID Connect identity provider (Spring
 * Authorization Server, {@link TestIdentityProvider}) each in their own application, and
 * a cookie-keeping HTTP client walking every redirect between them as a browser would:
 * the login page's button, the provider's sign-in form, the code coming back, the
 * provider's groups becoming Firebreak roles and teams, and signing out of both.
 */
class SingleSignOnRoundTripTest {

	private static final String ADMIN_PASSWORD = "an admin passphrase for sso";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	/** What a browser asks for when it follows a link or a redirect. */
	private static final String PAGE = "text/html,application/xhtml+xml,*/*;q=0.8";

	private static TestIdentityProvider provider;

	private static ConfigurableApplicationContext firebreak;

	private static String firebreakUrl;

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient browser = HttpClient.newBuilder()
		.cookieHandler(cookies)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@BeforeAll
	static void start() throws IOException {
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		// 127.0.0.1 for Firebreak and localhost for the provider: cookies are per host
		// name
		firebreakUrl = "http://127.0.0.1:" + port;
		provider = new TestIdentityProvider(firebreakUrl,
				List.of(new Person("sam", "Sam Okafor", "sam@example.org",
						List.of("ops-leads", "sso-responders", "finance-readers")),
						new Person("nina", "Nina Holt", "nina@example.org", List.of("finance-readers"))));
		Map<String, String> properties = Map.ofEntries(
				Map.entry("spring.datasource.url", "jdbc:h2:mem:sso-" + UUID.randomUUID()),
				Map.entry("server.port", String.valueOf(port)), Map.entry("camunda.bpm.job-execution.enabled", "false"),
				Map.entry("camunda.bpm.process-engine-name", "sso" + UUID.randomUUID().toString().replace("-", "")),
				Map.entry("firebreak.security.bcrypt-strength", "4"),
				Map.entry("firebreak.security.admin-password", ADMIN_PASSWORD),
				Map.entry("spring.security.oauth2.client.registration.corp.client-id", TestIdentityProvider.CLIENT_ID),
				Map.entry("spring.security.oauth2.client.registration.corp.client-secret",
						TestIdentityProvider.CLIENT_SECRET),
				Map.entry("spring.security.oauth2.client.registration.corp.client-name", "Corporate sign-in"),
				Map.entry("spring.security.oauth2.client.registration.corp.scope", "openid,profile,email"),
				Map.entry("spring.security.oauth2.client.provider.corp.issuer-uri", provider.issuer()),
				Map.entry("firebreak.security.oidc.role-mapping.ops-leads[0]", "MANAGER"),
				Map.entry("firebreak.security.oidc.role-mapping.sso-responders[0]", "RESPONDER"),
				Map.entry("firebreak.security.oidc.team-mapping.sso-responders[0]", "payments"));
		List<String> args = new ArrayList<>();
		properties.forEach((key, value) -> args.add("--" + key + "=" + value));
		firebreak = new SpringApplicationBuilder(FirebreakApplication.class).run(args.toArray(String[]::new));
		ApiClient.Response team = new ApiClient(port).call(Credentials.basic("admin", ADMIN_PASSWORD), HttpMethod.POST,
				"/api/v1/teams", Map.of("name", "payments"));
		assertThat(team.status()).isEqualTo(201);
	}

	@AfterAll
	static void stop() {
		if (firebreak != null) {
			firebreak.close();
		}
		if (provider != null) {
			provider.close();
		}
	}

	@Test
	void signingInThroughTheProviderGivesTheMappedRolesAndTeamsAndSigningOutEndsBothSessions() throws Exception {
		HttpResponse<String> loginPage = get(URI.create(firebreakUrl + "/login"));
		assertThat(loginPage.body()).contains("/oauth2/authorization/corp")
			.contains("Corporate sign-in")
			.contains("name=\"password\"");

		HttpResponse<String> providerForm = follow(get(URI.create(firebreakUrl + "/oauth2/authorization/corp")));
		assertThat(providerForm.uri().getHost()).isEqualTo("localhost");
		assertThat(providerForm.uri().getPath()).isEqualTo("/login");

		HttpResponse<String> signedIn = follow(post(providerForm.uri(),
				Map.of("username", "sam", "password", TestIdentityProvider.PASSWORD, "_csrf", csrf(providerForm))));
		assertThat(signedIn.statusCode()).isEqualTo(200);
		assertThat(signedIn.uri().toString()).startsWith(firebreakUrl).doesNotContain("/login");
		assertThat(signedIn.body()).containsPattern("id=\"my-settings\"[^>]*>sam</a>");

		ApiClient.Response sam = admin().call(Credentials.basic("admin", ADMIN_PASSWORD), HttpMethod.GET,
				"/api/v1/users/sam", null);
		assertThat(sam.status()).isEqualTo(200);
		assertThat(sam.body().get("roles").toString())
			.as("ops-leads and sso-responders; finance-readers maps to nothing")
			.isEqualTo("[\"RESPONDER\",\"MANAGER\"]");
		assertThat(sam.body().get("teams").toString()).isEqualTo("[\"payments\"]");
		assertThat(sam.body().get("singleSignOn").asBoolean()).isTrue();
		assertThat(sam.body().get("email").asText()).isEqualTo("sam@example.org");
		assertThat(sam.body().get("displayName").asText()).isEqualTo("Sam Okafor");
		assertThat(get(URI.create(firebreakUrl + "/dashboard")).statusCode()).as("a manager's page").isEqualTo(200);

		HttpResponse<String> toProvider = post(URI.create(firebreakUrl + "/logout"), Map.of("_csrf", csrf(signedIn)));
		URI endSession = location(toProvider);
		assertThat(endSession.toString()).startsWith(provider.issuer() + "/connect/logout").contains("id_token_hint=");
		HttpResponse<String> back = follow(toProvider);
		assertThat(back.uri().toString()).isEqualTo(firebreakUrl + "/login?logout");
		assertThat(back.statusCode()).isEqualTo(200);
		assertThat(back.body()).contains("You have signed out.");

		assertThat(location(get(URI.create(firebreakUrl + "/dashboard"))).getPath()).isEqualTo("/login");
		HttpResponse<String> again = follow(get(URI.create(firebreakUrl + "/oauth2/authorization/corp")));
		assertThat(again.uri().getHost()).as("the provider asks again: its session ended too").isEqualTo("localhost");
		assertThat(again.uri().getPath()).isEqualTo("/login");
	}

	@Test
	void groupsThatMapToNothingGrantNothing() throws Exception {
		HttpResponse<String> providerForm = follow(get(URI.create(firebreakUrl + "/oauth2/authorization/corp")));
		follow(post(providerForm.uri(),
				Map.of("username", "nina", "password", TestIdentityProvider.PASSWORD, "_csrf", csrf(providerForm))));

		ApiClient.Response nina = admin().call(Credentials.basic("admin", ADMIN_PASSWORD), HttpMethod.GET,
				"/api/v1/users/nina", null);
		assertThat(nina.status()).isEqualTo(200);
		assertThat(nina.body().get("roles").toString()).isEqualTo("[]");
		assertThat(nina.body().get("teams").toString()).isEqualTo("[]");
		assertThat(get(URI.create(firebreakUrl + "/dashboard")).statusCode()).isEqualTo(403);
	}

	@Test
	void aWrongPasswordAtTheProviderNeverReachesFirebreak() throws Exception {
		HttpResponse<String> providerForm = follow(get(URI.create(firebreakUrl + "/oauth2/authorization/corp")));
		HttpResponse<String> refused = follow(
				post(providerForm.uri(), Map.of("username", "sam", "password", "not it", "_csrf", csrf(providerForm))));
		assertThat(refused.uri().getHost()).isEqualTo("localhost");
		assertThat(refused.uri().getQuery()).isEqualTo("error");
		assertThat(location(get(URI.create(firebreakUrl + "/"))))
			.satisfies(l -> assertThat(l.getPath()).isEqualTo("/login"));
	}

	@Test
	void passwordsStillSignInBesideSingleSignOn() {
		BrowserSession session = new BrowserSession(
				Integer.parseInt(firebreak.getEnvironment().getProperty("local.server.port")));
		assertThat(session.login("admin", ADMIN_PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
	}

	private static ApiClient admin() {
		return new ApiClient(Integer.parseInt(firebreak.getEnvironment().getProperty("local.server.port")));
	}

	private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
		return browser.send(HttpRequest.newBuilder(uri).header("Accept", PAGE).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(URI uri, Map<String, String> fields) throws IOException, InterruptedException {
		String form = fields.entrySet()
			.stream()
			.map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return browser.send(HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", PAGE)
			// a browser's form post names where it came from; Firebreak checks it
			.header("Origin", uri.getScheme() + "://" + uri.getAuthority())
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Follows redirects across both applications as a browser would, to the page. */
	private HttpResponse<String> follow(HttpResponse<String> response) throws IOException, InterruptedException {
		for (int hops = 0; response.statusCode() / 100 == 3; hops++) {
			assertThat(hops).as("redirects from " + response.uri()).isLessThan(10);
			response = get(location(response));
		}
		return response;
	}

	private static URI location(HttpResponse<String> response) {
		assertThat(response.statusCode()).as("a redirect from " + response.uri()).isBetween(300, 399);
		return response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
	}

	private static String csrf(HttpResponse<String> page) {
		Matcher matcher = CSRF.matcher(page.body());
		assertThat(matcher.find()).as("a CSRF token on " + page.uri()).isTrue();
		return matcher.group(1);
	}

}
