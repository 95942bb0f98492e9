package dev.firebreak;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser, as far as the server can tell: it keeps cookies, follows no redirects on its
 * own, asks for HTML, and reads CSRF tokens from the forms the server renders.
 */
public class BrowserSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final String base;

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient http;

	public BrowserSession(int port) {
		this.base = "http://localhost:" + port;
		this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/** Fills in and sends the login form, as a person would. */
	public HttpResponse<String> login(String username, String password) {
		String token = csrfTokenFrom("/login");
		return postForm("/login", Map.of("username", username, "password", password, "_csrf", token));
	}

	/**
	 * The CSRF token of the form on that page (the login page and the logout page have
	 * one).
	 */
	public String csrfTokenFrom(String page) {
		HttpResponse<String> response = get(page);
		Matcher matcher = CSRF.matcher(response.body());
		if (!matcher.find()) {
			throw new IllegalStateException("No CSRF token on " + page + ": " + response.body());
		}
		return matcher.group(1).replace("&#x2d;", "-").replace("&#x5f;", "_");
	}

	/** Navigates to a page. */
	public HttpResponse<String> get(String path) {
		return get(path, "text/html");
	}

	/** Fetches a resource as a page's script would. */
	public HttpResponse<String> get(String path, String accept) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).GET());
	}

	public HttpResponse<String> postForm(String path, Map<String, String> fields) {
		String body = new LinkedHashMap<>(fields).entrySet()
			.stream()
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/**
	 * Sends any request with this browser's cookies (and whatever else the caller adds).
	 */
	public HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public Optional<HttpCookie> sessionCookie() {
		return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SESSION")).findFirst();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
