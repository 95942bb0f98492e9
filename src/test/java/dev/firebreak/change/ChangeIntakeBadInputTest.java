package dev.firebreak.change;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.firebreak.ApiClient;
import dev.firebreak.FirebreakTest;
import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.incident.TestServices;
import dev.firebreak.intake.IntegrationType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every refused change event says why, in the sender's conventions (problem+json for
 * deployments, PagerDuty's {@code invalid event} at its path), names every wrong field at
 * once, and stores nothing.
 */
@FirebreakTest
class ChangeIntakeBadInputTest extends ChangeTestSupport {

	@Autowired
	ServiceCatalogue catalogue;

	String service;

	long before;

	@BeforeEach
	void countFirst() {
		service = TestServices.fresh(catalogue, "chg", 2, "ops");
		before = storedChanges();
	}

	@Test
	void everyWrongDeploymentFieldIsNamedAtOnce() {
		String key = key(IntegrationType.DEPLOYMENT, service);
		ApiClient.Response response = deploy(key, Map.of("service", 5, "version", 2, "deployedAt", "yesterday", "link",
				"javascript:alert(1)", "author", List.of("ci"), "dedupKey", Map.of("id", 1), "description", true));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).isEqualTo("application/problem+json");
		assertThat(fields(response)).containsExactly("author", "dedupKey", "deployedAt", "description", "link",
				"service", "version");
		assertThat(storedChanges()).isEqualTo(before);
	}

	@Test
	void aDeploymentNeedsAVersionAKnownServiceAndNoFutureTime() {
		String key = key(IntegrationType.DEPLOYMENT, service);
		ApiClient.Response response = deploy(key, Map.of("service", "no-such-service-" + System.nanoTime(),
				"deployedAt", Instant.now().plusSeconds(86_400 * 400L).toString()));

		assertThat(response.status()).isEqualTo(400);
		assertThat(fields(response)).containsExactly("deployedAt", "service", "version");
		assertThat(response.body().get("errors").findValuesAsText("message"))
			.containsExactly("must not be in the future", "names no service in the catalogue", "is required");
		assertThat(storedChanges()).isEqualTo(before);
	}

	@Test
	void aDeploymentNeedsADeploymentIntegrationsKey() {
		Map<String, Object> body = Map.of("version", "1.0.0");
		for (String key : new String[] { null, "0123456789abcdef0123456789abcdef",
				key(IntegrationType.GENERIC, service), key(IntegrationType.PAGERDUTY, service) }) {
			ApiClient.Response response = deploy(key, body);
			assertThat(response.status()).as("key %s", key).isEqualTo(401);
			assertThat(response.contentType()).isEqualTo("application/problem+json");
			assertThat(response.headers().getFirst("WWW-Authenticate")).startsWith("Bearer");
		}
		String deleted = key(IntegrationType.DEPLOYMENT, service);
		long id = integrations.list()
			.stream()
			.filter(i -> i.type() == IntegrationType.DEPLOYMENT)
			.mapToLong(i -> i.id())
			.max()
			.orElseThrow();
		integrations.delete(id);
		assertThat(deploy(deleted, body).status()).as("a deleted key").isEqualTo(401);
		assertThat(storedChanges()).isEqualTo(before);
	}

	@Test
	void malformedTooLargeOrNonJsonBodiesAreRefused() {
		String key = key(IntegrationType.DEPLOYMENT, service);
		assertThat(raw(key, "{\"version\": ", "application/json")).as("malformed").isEqualTo(400);
		assertThat(raw(key, "version=1", MediaType.TEXT_PLAIN_VALUE)).as("not JSON").isEqualTo(415);
		ApiClient.Response large = deploy(key, Map.of("version", "1.0.0", "description", "x".repeat(600 * 1024)));
		assertThat(large.status()).isEqualTo(413);
		assertThat(large.contentType()).isEqualTo("application/problem+json");
		ApiClient.Response largePagerDuty = pagerDutyChange(Map.of("routing_key",
				key(IntegrationType.PAGERDUTY, service), "payload", Map.of("summary", "x".repeat(600 * 1024))));
		assertThat(largePagerDuty.status()).isEqualTo(413);
		assertThat(storedChanges()).isEqualTo(before);
	}

	/** The status of a body sent as it is. */
	private int raw(String key, String body, String contentType) {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/v1/intake/deployments"))
			.header("Authorization", "Bearer " + key)
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		try {
			return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void pagerDutyChangeEventsNameEveryWrongFieldInPagerDutysWords() {
		String key = key(IntegrationType.PAGERDUTY, service);
		ApiClient.Response response = pagerDutyChange(Map.of("routing_key", key, "payload",
				Map.of("summary", 5, "timestamp", "noon", "custom_details", "build 2", "source", List.of()), "links",
				List.of(Map.of("text", "no href"), "https://not-an-object.example.com",
						Map.of("href", "ftp://files.example.com"))));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().get("status").asText()).isEqualTo("invalid event");
		assertThat(texts(response.body().get("errors"))).containsExactly("links[0].href is required",
				"links[1] must be an object", "links[2].href must be an http or https address",
				"payload.custom_details must be an object", "payload.source must be text",
				"payload.summary must be text",
				"payload.timestamp must be a time in RFC 3339 form, such as 2026-05-01T10:00:00Z");

		ApiClient.Response noPayload = pagerDutyChange(Map.of("routing_key", key, "links", "none"));
		assertThat(texts(noPayload.body().get("errors"))).containsExactly("links must be a list of objects",
				"payload is required");
		assertThat(storedChanges()).isEqualTo(before);
	}

	@Test
	void aPagerDutyChangeEventNeedsAPagerDutyRoutingKey() {
		Map<String, Object> payload = Map.of("summary", "Deployed");
		for (Object routingKey : new Object[] { "0123456789abcdef0123456789abcdef", 42,
				key(IntegrationType.DEPLOYMENT, service), key(IntegrationType.GENERIC, service) }) {
			ApiClient.Response response = pagerDutyChange(Map.of("routing_key", routingKey, "payload", payload));
			assertThat(response.status()).as("routing key %s", routingKey).isEqualTo(400);
			assertThat(texts(response.body().get("errors"))).containsExactly("Invalid routing key");
		}
		assertThat(pagerDutyChange(Map.of("payload", payload)).status()).isEqualTo(400);
		assertThat(storedChanges()).isEqualTo(before);
	}

}
