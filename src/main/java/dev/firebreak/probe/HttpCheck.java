package dev.firebreak.probe;

import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;

/**
 * Runs one HTTP probe's check. The client never follows redirects itself: with the
 * default policy (NEVER) a 3xx answer is judged by the expected statuses like any other
 * (the default range, 200–399, counts it as up), and a probe never wanders to a host its
 * URL does not name; SAME_HOST and ANY follow up to five hops here, each checked against
 * the policy and the allowed networks. HTTP/1.1, because that is what every health
 * endpoint speaks and an h2c upgrade offer confuses some servers. The probe's timeout
 * covers every hop and the whole (capped) body.
 */
@Component
class HttpCheck implements KindCheck {

	static final int MAX_REDIRECTS = 5;

	private final HttpClient client = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.version(HttpClient.Version.HTTP_1_1)
		.build();

	private final ProbeProperties properties;

	private final TargetPolicy targets;

	private final ObjectMapper json;

	HttpCheck(ProbeProperties properties, TargetPolicy targets, ObjectMapper json) {
		this.properties = properties;
		this.targets = targets;
		this.json = json;
	}

	@Override
	public ProbeKind kind() {
		return ProbeKind.HTTP;
	}

	/**
	 * With a {@code compareUrl}, an integration check: both endpoints are asked the same
	 * way and judged the same way, and then the values at the JSON path must agree. Its
	 * response time is the slower answer's.
	 */
	@Override
	public CheckResult run(Probe probe) {
		String[] found = new String[2];
		CheckResult first = fetch(probe, probe.url(), found, 0);
		if (probe.compareUrl() == null || !first.up()) {
			return first;
		}
		CheckResult second = fetch(probe, probe.compareUrl(), found, 1);
		if (!second.up()) {
			return CheckResult.down(second.statusCode(), second.responseMs(),
					"the compared endpoint " + probe.compareUrl() + ": " + second.error());
		}
		int slower = Math.max(first.responseMs(), second.responseMs());
		if (!Objects.equals(found[0], found[1])) {
			return CheckResult.down(first.statusCode(), slower, probe.jsonPath() + " is '" + found[0] + "' at "
					+ probe.url() + " but '" + found[1] + "' at " + probe.compareUrl());
		}
		return new CheckResult(CheckStatus.UP, first.statusCode(), slower, null,
				"both answer " + probe.jsonPath() + " = '" + found[0] + "'", null, null)
			.slowerThan(probe.degradedAboveMs());
	}

	/**
	 * One endpoint's request and judgement; the value found at the JSON path goes into
	 * {@code found[slot]}, for the comparison.
	 */
	private CheckResult fetch(Probe probe, String url, String[] found, int slot) {
		URI uri;
		try {
			uri = URI.create(url);
		}
		catch (IllegalArgumentException ex) {
			return CheckResult.down(null, null, "cannot send a request to this URL: " + ex.getMessage());
		}
		long started = System.nanoTime();
		long deadline = started + TimeUnit.MILLISECONDS.toNanos(probe.timeoutMs());
		ProbeMethod method = probe.method();
		boolean withBody = method.sendsBody() && probe.body() != null;
		for (int hop = 0;; hop++) {
			long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
			if (left <= 0) {
				return CheckResult.down(null, null, "no complete answer within " + probe.timeoutMs() + " ms");
			}
			try {
				targets.check(uri.getHost());
			}
			catch (UnknownHostException ex) {
				return CheckResult.down(null, null, "UnknownHostException: " + ex.getMessage());
			}
			catch (TargetPolicy.TargetRefusedException ex) {
				return CheckResult.down(null, null, ex.getMessage());
			}
			HttpRequest request;
			try {
				HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
					.method(method.name(),
							withBody ? HttpRequest.BodyPublishers.ofString(probe.body())
									: HttpRequest.BodyPublishers.noBody())
					.timeout(Duration.ofMillis(left))
					.header("User-Agent", "Firebreak-Probe/1");
				if (probe.headers() != null) {
					probe.headers().forEach(builder::setHeader);
				}
				request = builder.build();
			}
			catch (IllegalArgumentException ex) {
				return CheckResult.down(null, null, "cannot send a request to this URL: " + ex.getMessage());
			}
			Answer answer = send(request, probe, left);
			if (answer.failed() != null) {
				return answer.failed();
			}
			int status = answer.response().statusCode();
			Optional<String> location = answer.response().headers().firstValue("Location");
			if (status >= 300 && status < 400 && location.isPresent() && probe.redirects() != Redirects.NEVER) {
				int elapsed = elapsedMs(started);
				if (hop >= MAX_REDIRECTS) {
					return CheckResult.down(status, elapsed, "more than " + MAX_REDIRECTS + " redirects");
				}
				URI next;
				try {
					next = uri.resolve(location.get());
				}
				catch (IllegalArgumentException ex) {
					return CheckResult.down(status, elapsed, "cannot follow the redirect to " + location.get());
				}
				if (!"http".equalsIgnoreCase(next.getScheme()) && !"https".equalsIgnoreCase(next.getScheme())) {
					return CheckResult.down(status, elapsed, "a redirect to " + next + " is not HTTP");
				}
				if (probe.redirects() == Redirects.SAME_HOST && !sameOrigin(uri, next)) {
					return CheckResult.down(status, elapsed,
							"a redirect to " + next + " leaves " + origin(uri) + " (redirects: SAME_HOST)");
				}
				if (status == 303 || ((status == 301 || status == 302) && method == ProbeMethod.POST)) {
					method = ProbeMethod.GET;
					withBody = false;
				}
				uri = next;
				continue;
			}
			return judge(probe, status, answer.response().body(), elapsedMs(started), found, slot)
				.slowerThan(probe.degradedAboveMs());
		}
	}

	private Answer send(HttpRequest request, Probe probe, long left) {
		CompletableFuture<HttpResponse<String>> answer = client.sendAsync(request,
				info -> new BoundedBody(properties.maxBodyBytes()));
		try {
			// the request timeout ends a wait for headers; this one also ends a slow body
			return new Answer(answer.get(left, TimeUnit.MILLISECONDS), null);
		}
		catch (TimeoutException ex) {
			answer.cancel(true);
			return new Answer(null,
					CheckResult.down(null, null, "no complete answer within " + probe.timeoutMs() + " ms"));
		}
		catch (ExecutionException ex) {
			return new Answer(null, CheckResult.down(null, null, describe(ex.getCause(), probe)));
		}
		catch (InterruptedException ex) {
			answer.cancel(true);
			Thread.currentThread().interrupt();
			return new Answer(null, CheckResult.down(null, null, "check interrupted"));
		}
	}

	private CheckResult judge(Probe probe, int status, String body, int elapsed, String[] found, int slot) {
		boolean expected = probe.expectedStatuses() != null ? StatusSet.parse(probe.expectedStatuses()).contains(status)
				: status >= probe.expectedStatusMin() && status <= probe.expectedStatusMax();
		if (!expected) {
			String range = probe.expectedStatuses() != null ? probe.expectedStatuses()
					: probe.expectedStatusMin() + "–" + probe.expectedStatusMax();
			return CheckResult.down(status, elapsed, "status " + status + " is outside " + range);
		}
		if (probe.keyword() != null && !body.contains(probe.keyword())) {
			return CheckResult.down(status, elapsed, "keyword '" + probe.keyword() + "' not found in the first "
					+ properties.maxBodyBytes() + " bytes of the body");
		}
		if (probe.jsonPath() != null) {
			JsonNode root;
			try {
				root = json.readTree(body);
			}
			catch (JsonProcessingException ex) {
				return CheckResult.down(status, elapsed, "the body is not JSON (in its first "
						+ properties.maxBodyBytes() + " bytes), so " + probe.jsonPath() + " cannot be read");
			}
			Optional<JsonNode> value = root == null ? Optional.empty() : JsonPaths.find(root, probe.jsonPath());
			if (value.isEmpty() || value.get().isMissingNode()) {
				return CheckResult.down(status, elapsed, probe.jsonPath() + " is not in the JSON body");
			}
			found[slot] = JsonPaths.text(value.get());
			if (probe.jsonExpected() != null && !Objects.equals(found[slot], probe.jsonExpected())) {
				return CheckResult.down(status, elapsed,
						probe.jsonPath() + " is '" + found[slot] + "', expected '" + probe.jsonExpected() + "'");
			}
		}
		return CheckResult.up(status, elapsed);
	}

	private static boolean sameOrigin(URI from, URI to) {
		return origin(from).equals(origin(to));
	}

	private static String origin(URI uri) {
		String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
		int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
		return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
	}

	private static int elapsedMs(long started) {
		return (int) TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
	}

	private static String describe(Throwable error, Probe probe) {
		if (error instanceof HttpConnectTimeoutException) {
			return "could not connect within " + probe.timeoutMs() + " ms";
		}
		if (error instanceof HttpTimeoutException) {
			return "no answer within " + probe.timeoutMs() + " ms";
		}
		// the JDK client often wraps the cause that carries the message
		Throwable cause = error;
		while (cause.getMessage() == null && cause.getCause() != null) {
			cause = cause.getCause();
		}
		String message = cause.getMessage();
		return error.getClass().getSimpleName() + (message == null ? "" : ": " + message);
	}

	/** Headers a request may not set: the client sets them itself. */
	static final Set<String> RESTRICTED_HEADERS = Set.of("connection", "content-length", "expect", "host", "upgrade");

	/** Either a response or the check's result without one. */
	private record Answer(HttpResponse<String> response, CheckResult failed) {
	}

}
