package dev.firebreak.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Posts firing alerts the way Alertmanager does: webhook v4 bodies of {@code perRequest}
 * alerts, from several connections at once. Alert {@code i} of a round has the
 * fingerprint {@code prefix-(i mod keys)}: a round with more alerts than keys repeats
 * them, and a second round with the same prefix repeats the first. Its service is the
 * same for every alert, or chosen per key.
 */
final class AlertSender {

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final URI endpoint;

	private final String key;

	private final IntFunction<String> service;

	private final IntFunction<String> alertName;

	AlertSender(int port, String key, String service) {
		this(port, key, alert -> service);
	}

	/**
	 * @param service the service of the alert with key {@code i}
	 */
	AlertSender(int port, String key, IntFunction<String> service) {
		this(port, key, service, alert -> SINGLE_NAME);
	}

	/**
	 * @param alertName the alert name of the alert with key {@code i}; its summary (the
	 * incident's title) names it too, so that distinct names are distinct problems
	 */
	AlertSender(int port, String key, IntFunction<String> service, IntFunction<String> alertName) {
		this.endpoint = URI.create("http://127.0.0.1:" + port + "/api/v1/intake/alertmanager");
		this.key = key;
		this.service = service;
		this.alertName = alertName;
	}

	static final String SINGLE_NAME = "BenchLatencyHigh";

	/**
	 * One of {@code names} distinct alert names, in letters only: the recurring-problem
	 * fingerprint replaces digits, so "Alert17" and "Alert18" would be one problem.
	 */
	static String distinctName(int i, int names) {
		StringBuilder letters = new StringBuilder();
		int n = i % names;
		do {
			letters.append((char) ('a' + n % 26));
			n /= 26;
		}
		while (n > 0);
		return "BenchAlert" + letters;
	}

	/**
	 * Sends alerts 0..count-1 and returns once every request was answered 202.
	 * @return when each alert's request was answered
	 */
	Instant[] send(String prefix, int count, int keys, int perRequest, int connections) throws Exception {
		Instant[] accepted = new Instant[count];
		AtomicInteger nextRequest = new AtomicInteger();
		int requests = (count + perRequest - 1) / perRequest;
		ExecutorService senders = Executors.newFixedThreadPool(connections);
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int i = 0; i < connections; i++) {
				running.add(senders.submit(() -> {
					int request;
					while ((request = nextRequest.getAndIncrement()) < requests) {
						int from = request * perRequest;
						int to = Math.min(count, from + perRequest);
						Arrays.fill(accepted, from, to, post(body(prefix, keys, from, to)));
					}
					return null;
				}));
			}
			for (Future<?> sender : running) {
				sender.get();
			}
		}
		finally {
			senders.shutdown();
		}
		return accepted;
	}

	/** Sends alert {@code i} alone; returns when it was answered 202. */
	Instant sendOne(String prefix, int i) throws IOException, InterruptedException {
		return post(body(prefix, i + 1, i, i + 1));
	}

	private Instant post(String body) throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint)
			.header("Authorization", "Bearer " + key)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 202) {
			throw new IllegalStateException("intake answered " + response.statusCode() + ": " + response.body());
		}
		return Instant.now();
	}

	private String body(String prefix, int keys, int from, int to) {
		StringJoiner alerts = new StringJoiner(",", "[", "]");
		for (int n = from; n < to; n++) {
			int i = n % keys;
			String name = alertName.apply(i);
			alerts.add("""
					{"status":"firing","labels":{"alertname":"%s","service":"%s","severity":"critical",\
					"instance":"web-%d"},"annotations":{"summary":"%s: p95 latency above 2s on web-%d"},\
					"startsAt":"2026-11-20T08:14:05.120Z","endsAt":"0001-01-01T00:00:00Z",\
					"generatorURL":"http://prometheus.example.internal:9090/graph","fingerprint":"%s-%d"}"""
				.formatted(name, service.apply(i), i, name, i, prefix, i));
		}
		return """
				{"version":"4","groupKey":"{}:{alertname=\\"BenchLatencyHigh\\"}","truncatedAlerts":0,\
				"status":"firing","receiver":"firebreak","groupLabels":{"alertname":"BenchLatencyHigh"},\
				"commonLabels":{"alertname":"BenchLatencyHigh"},"commonAnnotations":{},\
				"externalURL":"http://alertmanager.example.internal:9093","alerts":%s}""".formatted(alerts);
	}

}
