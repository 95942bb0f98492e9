package dev.firebreak.probe;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.stereotype.Component;

/**
 * Runs one probe's check. Redirects are not followed: a 3xx answer is judged by the
 * expected status range like any other (the default range, 200–399, counts it as up), and
 * a probe never wanders to a host its URL does not name. HTTP/1.1, because that is what
 * every health endpoint speaks and an h2c upgrade offer confuses some servers.
 */
@Component
class HttpCheck {

	private final HttpClient client = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.version(HttpClient.Version.HTTP_1_1)
		.build();

	private final ProbeProperties properties;

	HttpCheck(ProbeProperties properties) {
		this.properties = properties;
	}

	/**
	 * Never throws: whatever goes wrong is the check's result. When interrupted, returns
	 * with the thread's interrupt flag set, and the result must not be recorded.
	 */
	CheckResult run(Probe probe) {
		HttpRequest request;
		try {
			request = HttpRequest.newBuilder(URI.create(probe.url()))
				.method(probe.method().name(), HttpRequest.BodyPublishers.noBody())
				.timeout(Duration.ofMillis(probe.timeoutMs()))
				.header("User-Agent", "Firebreak-Probe/1")
				.build();
		}
		catch (IllegalArgumentException ex) {
			return CheckResult.down(null, null, "cannot send a request to this URL: " + ex.getMessage());
		}
		long started = System.nanoTime();
		CompletableFuture<HttpResponse<String>> answer = client.sendAsync(request,
				info -> new BoundedBody(properties.maxBodyBytes()));
		try {
			// the request timeout ends a wait for headers; this one also ends a slow body
			HttpResponse<String> response = answer.get(probe.timeoutMs(), TimeUnit.MILLISECONDS);
			int elapsed = (int) TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
			return judge(probe, response.statusCode(), response.body(), elapsed);
		}
		catch (TimeoutException ex) {
			answer.cancel(true);
			return CheckResult.down(null, null, "no complete answer within " + probe.timeoutMs() + " ms");
		}
		catch (ExecutionException ex) {
			return CheckResult.down(null, null, describe(ex.getCause(), probe));
		}
		catch (InterruptedException ex) {
			answer.cancel(true);
			Thread.currentThread().interrupt();
			return CheckResult.down(null, null, "check interrupted");
		}
	}

	private CheckResult judge(Probe probe, int status, String body, int elapsed) {
		if (status < probe.expectedStatusMin() || status > probe.expectedStatusMax()) {
			return CheckResult.down(status, elapsed,
					"status " + status + " is outside " + probe.expectedStatusMin() + "–" + probe.expectedStatusMax());
		}
		if (probe.keyword() != null && !body.contains(probe.keyword())) {
			return CheckResult.down(status, elapsed, "keyword '" + probe.keyword() + "' not found in the first "
					+ properties.maxBodyBytes() + " bytes of the body");
		}
		return CheckResult.up(status, elapsed);
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

}
