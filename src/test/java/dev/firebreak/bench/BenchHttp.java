package dev.firebreak.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Requests to a running node as one signed-in person (HTTP Basic, which pages accept as
 * well as the API), failing on any status other than the expected one.
 */
final class BenchHttp {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final String base;

	private final String authorization;

	BenchHttp(int port, String username, String password) {
		this.base = "http://127.0.0.1:" + port;
		this.authorization = "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/** GETs a page or resource and reads it whole; returns its body. */
	String get(String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), 200);
	}

	JsonNode post(String path, Object body, int expected) throws IOException, InterruptedException {
		String answer = send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))), expected);
		return answer.isEmpty() ? JSON.nullNode() : JSON.readTree(answer);
	}

	JsonNode getJson(String path) throws IOException, InterruptedException {
		return JSON.readTree(get(path));
	}

	private String send(HttpRequest.Builder request, int expected) throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(request.header("Authorization", authorization).build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != expected) {
			throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered "
					+ response.statusCode() + ": " + response.body());
		}
		return response.body();
	}

}
