package dev.firebreak.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.firebreak.ApiClient;
import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.incident.TestServices;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What intake tests share: real HTTP posts in the senders' shapes (bearer keys, raw
 * bodies, any content type), payload files from src/test/resources/intake, fresh services
 * and integrations per test (tests share one database), and draining the inbox.
 */
abstract class IntakeTestSupport {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	Integrations integrations;

	@Autowired
	IntakeWorker worker;

	@Autowired
	ServiceCatalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	ApiClient api;

	@BeforeEach
	void connect() {
		api = new ApiClient(port);
	}

	/** A new service with a unique name. */
	String service(String prefix, int tier, String team) {
		return TestServices.fresh(catalogue, prefix, tier, team);
	}

	Integrations.CreatedIntegration integration(IntegrationType type, String defaultService) {
		return integrations.create(new NewIntegration(type.name().toLowerCase() + "-" + UUID.randomUUID(), type,
				defaultService, null, null, null, null, null), "adam");
	}

	Response post(String path, String bearerKey, String body) {
		return post(path, bearerKey, body, "application/json");
	}

	Response post(String path, String bearerKey, String body, String contentType) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (bearerKey != null) {
			request.header("Authorization", "Bearer " + bearerKey);
		}
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers().map(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A payload file with literal replacements (service names, keys). */
	static String payload(String file, Map<String, String> replacements) {
		try (InputStream in = IntakeTestSupport.class.getResourceAsStream("/intake/" + file)) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			for (Map.Entry<String, String> replacement : replacements.entrySet()) {
				text = text.replace(replacement.getKey(), replacement.getValue());
			}
			return text;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	int drain() {
		return worker.processPending();
	}

	/** The incidents of a service, newest first, as a manager sees them. */
	List<JsonNode> incidentsOf(String service) {
		JsonNode page = api.get("mona", "/api/v1/incidents?size=200&service=" + service).body();
		return List.copyOf(page.withArray("items").valueStream().toList());
	}

	JsonNode incident(String number) {
		return api.get("mona", "/api/v1/incidents/" + number).body();
	}

	static List<String> timelineTypes(JsonNode incident) {
		return incident.get("timeline").valueStream().map(entry -> entry.get("type").asText()).toList();
	}

	long inboxRows() {
		return jdbc.sql("select count(*) from fb_alert_event").query(Long.class).single();
	}

	record Response(int status, Map<String, List<String>> headers, String body) {

		JsonNode json() {
			try {
				return JSON.readTree(body);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		String header(String name) {
			return headers.entrySet()
				.stream()
				.filter(entry -> entry.getKey().equalsIgnoreCase(name))
				.map(entry -> entry.getValue().get(0))
				.findFirst()
				.orElse(null);
		}

	}

}
