package dev.firebreak;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * Real HTTP calls against the app on its random port: as a test person with HTTP Basic
 * (password {@value #PASSWORD}), with any {@link Credentials}, or as nobody.
 */
public class ApiClient {

	/** Every test person's password (see security/people/TestPeople). */
	public static final String PASSWORD = "pw";

	private final RestClient http;

	private final ObjectMapper json = new ObjectMapper();

	public ApiClient(int port) {
		this.http = RestClient.builder().baseUrl("http://localhost:" + port).build();
	}

	public Response get(String user, String path) {
		return call(Credentials.of(user), HttpMethod.GET, path, null);
	}

	public Response post(String user, String path, Object body) {
		return call(Credentials.of(user), HttpMethod.POST, path, body);
	}

	public Response put(String user, String path, Object body) {
		return call(Credentials.of(user), HttpMethod.PUT, path, body);
	}

	public Response delete(String user, String path) {
		return call(Credentials.of(user), HttpMethod.DELETE, path, null);
	}

	/** A GET whose body is kept as bytes (a file download). */
	public Download download(String user, String path) {
		RestClient.RequestHeadersSpec<?> request = http.get().uri(path).accept(MediaType.ALL);
		Credentials credentials = Credentials.of(user);
		if (credentials.authorization() != null) {
			request.header(HttpHeaders.AUTHORIZATION, credentials.authorization());
		}
		return request.exchange((req, res) -> new Download(res.getStatusCode().value(), res.getHeaders(),
				res.getBody().readAllBytes()));
	}

	/** Sends {@code rawBody} as it is, for malformed-input tests. */
	public Response postRaw(String user, String path, String rawBody, MediaType type) {
		return call(Credentials.of(user), HttpMethod.POST, path, rawBody, type, Map.of());
	}

	public Response call(Credentials credentials, HttpMethod method, String path, Object body) {
		return call(credentials, method, path, body, MediaType.APPLICATION_JSON, Map.of());
	}

	public Response call(Credentials credentials, HttpMethod method, String path, Object body,
			Map<String, String> headers) {
		return call(credentials, method, path, body, MediaType.APPLICATION_JSON, headers);
	}

	private Response call(Credentials credentials, HttpMethod method, String path, Object body, MediaType type,
			Map<String, String> headers) {
		RestClient.RequestBodySpec request = http.method(method).uri(path).accept(MediaType.ALL);
		if (credentials.authorization() != null) {
			request.header(HttpHeaders.AUTHORIZATION, credentials.authorization());
		}
		headers.forEach(request::header);
		if (body != null) {
			request.contentType(type).body(body);
		}
		return request.exchange((req, res) -> {
			byte[] bytes = res.getBody().readAllBytes();
			JsonNode parsed;
			try {
				parsed = bytes.length == 0 ? json.nullNode() : json.readTree(bytes);
			}
			catch (java.io.IOException notJson) {
				parsed = json.getNodeFactory().textNode(new String(bytes, StandardCharsets.UTF_8));
			}
			return new Response(res.getStatusCode().value(), res.getHeaders(), parsed);
		});
	}

	/** What goes in the Authorization header; a null header sends none. */
	public record Credentials(String authorization) {

		public static final Credentials NONE = new Credentials(null);

		/** A test person with the shared test password, or nobody for null. */
		public static Credentials of(String user) {
			return user == null ? NONE : basic(user, PASSWORD);
		}

		public static Credentials basic(String user, String password) {
			return new Credentials("Basic "
					+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
		}

		public static Credentials bearer(String token) {
			return new Credentials("Bearer " + token);
		}

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
