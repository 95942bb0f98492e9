package dev.firebreak.notify.channel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import dev.firebreak.notify.NotifyProperties;

/**
 * POSTs JSON to a webhook receiver for the four webhook channels and sorts the outcome
 * into delivered, worth retrying, or given up on.
 * <p>
 * Redirects are not followed: a webhook URL that redirects is misconfigured, and
 * following it would hand the payload to a host nobody entered (or, for a 302/303, turn
 * the POST into an empty GET). The URL itself never reaches a message or a log line: chat
 * webhook URLs are their own credential.
 */
@Component
class WebhookPoster {

	static final String USER_AGENT = "Firebreak";

	/** How much of an error answer's body a failure quotes. */
	static final int EXCERPT_CHARS = 300;

	private final ObjectMapper json = JsonMapper.builder().build();

	private final HttpClient client;

	private final Duration timeout;

	WebhookPoster(NotifyProperties properties) {
		this.timeout = properties.httpTimeout();
		// HTTP/1.1: an h2c upgrade offer on plain http confuses some small receivers
		this.client = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(timeout)
			.build();
	}

	/** The payload as the bytes that are sent (and, for signed webhooks, signed). */
	byte[] json(Object payload) {
		try {
			return json.writeValueAsBytes(payload);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("cannot write the webhook payload as JSON", ex);
		}
	}

	void post(Destination destination, Object payload) throws DeliveryFailure {
		post(destination, json(payload), Map.of());
	}

	void post(Destination destination, byte[] body, Map<String, String> headers) throws DeliveryFailure {
		Optional<String> invalid = DestinationAddresses.webhookUrlProblem(destination.address());
		if (invalid.isPresent()) {
			throw DeliveryFailure.permanentFailure("the webhook URL " + invalid.get(), null);
		}
		URI uri = URI.create(destination.address());
		HttpRequest.Builder request = HttpRequest.newBuilder(uri)
			.timeout(timeout)
			.header("Content-Type", "application/json")
			.header("User-Agent", USER_AGENT)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		headers.forEach(request::header);
		CompletableFuture<HttpResponse<String>> answer = client.sendAsync(request.build(), info -> excerpt());
		HttpResponse<String> response;
		try {
			// the request timeout ends a wait for headers; this also ends a slow body
			response = answer.get(timeout.toMillis() * 2, TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			answer.cancel(true);
			throw DeliveryFailure.transientFailure("the receiver did not answer within " + timeout.multipliedBy(2), ex);
		}
		catch (InterruptedException ex) {
			answer.cancel(true);
			Thread.currentThread().interrupt();
			throw DeliveryFailure.transientFailure("interrupted while sending", ex);
		}
		catch (ExecutionException ex) {
			throw unreachable(ex.getCause());
		}
		judge(response.statusCode(), redact(response.body(), uri));
	}

	private void judge(int status, String body) throws DeliveryFailure {
		if (status >= 200 && status < 300) {
			return;
		}
		if (status >= 300 && status < 400) {
			throw DeliveryFailure.permanentFailure("the receiver answered " + status
					+ " (a redirect, not followed): save the URL it redirects to instead", null);
		}
		String answer = "the receiver answered " + status + (body.isBlank() ? "" : ": " + body);
		if (status == 408 || status == 429 || status >= 500) {
			throw DeliveryFailure.transientFailure(answer, null);
		}
		throw DeliveryFailure.permanentFailure(answer, null);
	}

	private DeliveryFailure unreachable(Throwable error) {
		if (error instanceof HttpConnectTimeoutException) {
			return DeliveryFailure.transientFailure("could not connect to the receiver within " + timeout, error);
		}
		if (error instanceof HttpTimeoutException) {
			return DeliveryFailure.transientFailure("the receiver did not answer within " + timeout, error);
		}
		if (causedBy(error, ConnectException.class)) {
			return DeliveryFailure.transientFailure("could not connect to the receiver (connection refused)", error);
		}
		if (error instanceof IOException) {
			return DeliveryFailure.transientFailure(
					"network error talking to the receiver (" + error.getClass().getSimpleName() + ")", error);
		}
		return DeliveryFailure
			.permanentFailure("cannot send to this webhook (" + error.getClass().getSimpleName() + ")", error);
	}

	private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
		for (Throwable cause = error; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Keeps the first few hundred characters of the answer and lets the rest pass by:
	 * enough to say why a receiver refused, never a huge body in memory.
	 */
	private static HttpResponse.BodySubscriber<String> excerpt() {
		ByteArrayOutputStream kept = new ByteArrayOutputStream();
		int limit = EXCERPT_CHARS * 4;
		return BodySubscribers.mapping(BodySubscribers.ofByteArrayConsumer(chunk -> chunk.ifPresent(bytes -> {
			kept.write(bytes, 0, Math.min(bytes.length, Math.max(0, limit - kept.size())));
		})), done -> {
			String text = kept.toString(StandardCharsets.UTF_8).strip();
			return (text.length() > EXCERPT_CHARS) ? text.substring(0, EXCERPT_CHARS) + "…" : text;
		});
	}

	/**
	 * Some servers quote the request path in an error page ("Cannot POST /hooks/...").
	 */
	private static String redact(String body, URI uri) {
		String redacted = body;
		if (uri.getRawPath() != null && uri.getRawPath().length() > 1) {
			redacted = redacted.replace(uri.getRawPath(), "/[webhook path]");
		}
		if (uri.getRawQuery() != null && !uri.getRawQuery().isEmpty()) {
			redacted = redacted.replace(uri.getRawQuery(), "[webhook query]");
		}
		return redacted;
	}

}
