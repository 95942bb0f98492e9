package dev.firebreak.security;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.firebreak.BrowserSession;
import dev.firebreak.FirebreakApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With an OpenID Connect client configured, the login page offers it next to the form and
 * sends people to the identity provider. (Without one, every other test shows the app
 * starts and signs in without it.) No identity provider runs here: the test stops at the
 * redirect to it.
 */
class SingleSignOnStartTest {

	@Test
	void aConfiguredProviderIsOfferedOnTheLoginPage() {
		Map<String, String> properties = Map.ofEntries(
				Map.entry("spring.datasource.url", "jdbc:h2:mem:sso-" + UUID.randomUUID()),
				Map.entry("server.port", "0"), Map.entry("camunda.bpm.job-execution.enabled", "false"),
				Map.entry("camunda.bpm.process-engine-name", "sso" + UUID.randomUUID().toString().replace("-", "")),
				Map.entry("firebreak.security.bcrypt-strength", "4"),
				Map.entry("firebreak.security.admin-password", "an admin passphrase for sso"),
				Map.entry("spring.security.oauth2.client.registration.corp.client-id", "firebreak"),
				Map.entry("spring.security.oauth2.client.registration.corp.client-secret", "not-a-real-secret"),
				Map.entry("spring.security.oauth2.client.registration.corp.scope", "openid,profile,email"),
				Map.entry("spring.security.oauth2.client.registration.corp.authorization-grant-type",
						"authorization_code"),
				Map.entry("spring.security.oauth2.client.registration.corp.redirect-uri",
						"{baseUrl}/login/oauth2/code/{registrationId}"),
				Map.entry("spring.security.oauth2.client.provider.corp.authorization-uri",
						"https://idp.example.org/authorize"),
				Map.entry("spring.security.oauth2.client.provider.corp.token-uri", "https://idp.example.org/token"),
				Map.entry("spring.security.oauth2.client.provider.corp.jwk-set-uri", "https://idp.example.org/jwks"),
				Map.entry("spring.security.oauth2.client.provider.corp.user-info-uri",
						"https://idp.example.org/userinfo"));
		List<String> args = new ArrayList<>();
		properties.forEach((key, value) -> args.add("--" + key + "=" + value));

		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(FirebreakApplication.class)
			.run(args.toArray(String[]::new))) {
			BrowserSession browser = new BrowserSession(
					Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));

			HttpResponse<String> login = browser.get("/login");
			assertThat(login.body()).contains("/oauth2/authorization/corp").contains("name=\"password\"");

			HttpResponse<String> toProvider = browser.get("/oauth2/authorization/corp");
			assertThat(toProvider.statusCode()).isEqualTo(302);
			URI location = URI.create(toProvider.headers().firstValue("Location").orElseThrow());
			assertThat(location.getHost()).isEqualTo("idp.example.org");
			assertThat(location.getQuery()).contains("client_id=firebreak").contains("scope=openid");

			assertThat(browser.login("admin", "an admin passphrase for sso").headers().firstValue("Location"))
				.hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
		}
	}

}
