package dev.firebreak.security;

import java.util.Map;

import dev.firebreak.ApiClient;
import dev.firebreak.ApiClient.Credentials;
import dev.firebreak.ApiClient.Response;
import dev.firebreak.FirebreakTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser that cached Basic credentials would send them with a form another site
 * submits; browsers mark such requests, and the API refuses changes requested from
 * another site.
 */
@FirebreakTest
class CrossSiteRequestTest {

	@LocalServerPort
	int port;

	ApiClient api;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
	}

	@Test
	void aChangeRequestedFromAnotherSiteIsRefusedEvenWithValidCredentials() {
		long tokens = tokenCount();

		for (String site : new String[] { "cross-site", "same-site" }) {
			Response response = api.call(Credentials.of("rita"), HttpMethod.POST, "/api/v1/me/tokens",
					Map.of("name", "planted"), Map.of("Sec-Fetch-Site", site));
			assertThat(response.status()).as(site).isEqualTo(403);
			assertThat(response.contentType()).isEqualTo("application/problem+json");
		}

		assertThat(tokenCount()).isEqualTo(tokens);
	}

	@Test
	void sameOriginChangesAndCrossSiteReadsAreFine() {
		assertThat(api
			.call(Credentials.of("rita"), HttpMethod.POST, "/api/v1/me/tokens", Map.of("name", "mine"),
					Map.of("Sec-Fetch-Site", "same-origin"))
			.status()).isEqualTo(201);
		assertThat(api
			.call(Credentials.of("rita"), HttpMethod.GET, "/api/v1/me", null, Map.of("Sec-Fetch-Site", "cross-site"))
			.status()).isEqualTo(200);
	}

	private long tokenCount() {
		return api.get("rita", "/api/v1/me/tokens").body().size();
	}

}
