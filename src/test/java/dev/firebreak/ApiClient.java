package dev.firebreak;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** Real HTTP calls against the app on its random port, as a given user (or nobody). */
public class ApiClient {

	private final RestClient http;

	private final ObjectMapper json = new ObjectMapper();

	public ApiClient(int port) {
		this.http = RestClient.builder().baseUrl("http://localhost:" + port).build();
	}

	public Response get(String user, String path) {
		return call(user, HttpMethod.GET, path, null, MediaType.APPLICATION_JSON);
	}

	public Response post(String user, String path, Object body) {
		return call(user, HttpMethod.POST, path, body, MediaType.APPLICATION_JSON);
	}

	public Response put(String user, String path, Object body) {
		return call(user, HttpMethod.PUT, path, body, MediaType.APPLICATION_JSON);
	}

	public Response delete(String user, String path) {
		return call(user, HttpMethod.DELETE, path, null, MediaType.APPLICATION_JSON);
	}

	/** A GET whose answer is not JSON (a workbook, for example): the body as bytes. */
	public Download download(String user, String path) {
		RestClient.RequestHeadersSpec<?> request = http.get().uri(path).accept(MediaType.ALL);
		if (user != null) {
			request.header(HttpHeaders.AUTHORIZATION, basic(user));
		}
		return request.exchange((req, res) -> new Download(res.getStatusCode().value(), res.getHeaders(),
				res.getBody().readAllBytes()));
	}

	/** Sends {@code rawBody} as it is, for malformed-input tests. */
	public Response postRaw(String user, String path, String rawBody, MediaType type) {
		return call(user, HttpMethod.POST, path, rawBody, type);
	}

	private Response call(String user, HttpMethod method, String path, Object body, MediaType type) {
		RestClient.RequestBodySpec request = http.method(method).uri(path).accept(MediaType.ALL);
		if (user != null) {
			request.header(HttpHeaders.AUTHORIZATION, basic(user));
		}
		if (body != null) {
			request.contentType(type).body(body);
		}
		return request.exchange((req, res) -> {
			byte[] bytes = res.getBody().readAllBytes();
			JsonNode parsed = bytes.length == 0 ? json.nullNode() : json.readTree(bytes);
			return new Response(res.getStatusCode().value(), res.getHeaders(), parsed);
		});
	}

	private static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":pw").getBytes(StandardCharsets.UTF_8));
	}

	public record Download(int status, HttpHeaders headers, byte[] body) {

		public String contentType() {
			return String.valueOf(headers.getContentType());
		}

	}

	public record Response(int status, HttpHeaders headers, JsonNode body) {

		public String contentType() {
			return String.valueOf(headers.getContentType());
		}

	}

}
