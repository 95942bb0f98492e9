package dev.firebreak.security.signin;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The metrics token check on its own; MetricsEndpointTest scrapes through the real chain.
 */
class MetricsTokenTest {

	@Test
	void onlyTheConfiguredBearerTokenPasses() {
		assertThat(MetricsSecurity.presentsToken(request("Bearer s3cret"), "s3cret")).isTrue();
		assertThat(MetricsSecurity.presentsToken(request("bearer s3cret"), "s3cret\n")).as("scheme case, file newline")
			.isTrue();
		assertThat(MetricsSecurity.presentsToken(request("Bearer s3cre"), "s3cret")).isFalse();
		assertThat(MetricsSecurity.presentsToken(request("Bearer s3cretX"), "s3cret")).isFalse();
		assertThat(MetricsSecurity.presentsToken(request("Basic czNjcmV0"), "s3cret")).isFalse();
		assertThat(MetricsSecurity.presentsToken(request(null), "s3cret")).isFalse();
	}

	@Test
	void withoutAConfiguredTokenNobodyPasses() {
		assertThat(MetricsSecurity.presentsToken(request("Bearer "), "")).isFalse();
		assertThat(MetricsSecurity.presentsToken(request("Bearer "), null)).isFalse();
		assertThat(MetricsSecurity.presentsToken(request("Bearer x"), "  ")).isFalse();
	}

	@Test
	void theTokenStaysOutOfTheSettingsText() {
		assertThat(new MetricsProperties("s3cret", false).toString()).doesNotContain("s3cret");
	}

	private static MockHttpServletRequest request(String authorization) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/prometheus");
		if (authorization != null) {
			request.addHeader("Authorization", authorization);
		}
		return request;
	}

}
