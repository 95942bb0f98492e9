package dev.firebreak.probe;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.ApiClient;
import dev.firebreak.ApiClient.Response;
import dev.firebreak.FirebreakTest;
import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.incident.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The availability figures and their definitions, on samples written directly so that
 * every response time is known: the period is half-open, every probe of the service
 * counts (deleted ones too), and p95 is the nearest rank.
 */
@FirebreakTest
class ProbeAvailabilityTest {

	private static final Instant FROM = Instant.parse("2026-03-02T00:00:00Z");

	private static final Instant TO = Instant.parse("2026-03-03T00:00:00Z");

	@LocalServerPort
	int port;

	@Autowired
	ServiceCatalogue catalogue;

	@Autowired
	Probes probes;

	@Autowired
	SampleRepository samples;

	ApiClient api;

	final List<Long> created = new ArrayList<>();

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
	}

	@AfterEach
	void deleteCreatedProbes() {
		created.forEach(id -> api.delete("adam", "/api/v1/probes/" + id));
	}

	@Test
	void figuresCoverEveryProbeOfTheServiceWithinTheHalfOpenPeriod() {
		String service = service();
		long first = probe(service);
		long second = probe(service);
		long elsewhere = probe(service());
		// 20 answers of 5, 10, ... 100 ms, of which 3 (503s) count as down; one refused
		// connection without a response time; 21 samples, 4 down
		for (int i = 1; i <= 20; i++) {
			long probe = i % 2 == 0 ? first : second;
			CheckResult result = i <= 3 ? CheckResult.down(503, 5 * i, "status 503 is outside 200–399")
					: CheckResult.up(200, 5 * i);
			samples.insert(probe, FROM.plusSeconds(60L * i), result);
		}
		samples.insert(first, FROM, CheckResult.down(null, null, "ConnectException: Connection refused"));
		// outside: just before, exactly at the end (exclusive), and another service
		samples.insert(first, FROM.minusMillis(1), CheckResult.up(200, 10_000));
		samples.insert(first, TO, CheckResult.up(200, 10_000));
		samples.insert(elsewhere, FROM.plusSeconds(30), CheckResult.down(500, 10_000, "status 500 is outside 200–399"));
		api.delete("adam", "/api/v1/probes/" + second);

		JsonNode figures = availability(service, "?from=" + FROM + "&to=" + TO);

		assertThat(figures.get("samples").asLong()).isEqualTo(21);
		assertThat(figures.get("uptimePercent").asDouble()).isEqualTo(17 * 100.0 / 21);
		assertThat(figures.get("errorRate").asDouble()).isEqualTo(4.0 / 21);
		// (5 + 10 + ... + 100) / 20
		assertThat(figures.get("meanResponseMs").asDouble()).isEqualTo(52.5);
		// the ⌈0.95 × 20⌉ = 19th smallest of 5, 10, ... 100
		assertThat(figures.get("p95ResponseMs").asInt()).isEqualTo(95);
		assertThat(figures.get("from").asText()).isEqualTo(FROM.toString());
		assertThat(figures.get("to").asText()).isEqualTo(TO.toString());
	}

	@Test
	void p95IsTheNearestRankEvenForAFewSamples() {
		String service = service();
		long probe = probe(service);
		for (int ms : new int[] { 40, 10, 30, 20 }) {
			samples.insert(probe, FROM.plusSeconds(ms), CheckResult.up(200, ms));
		}

		JsonNode figures = availability(service, "?from=" + FROM + "&to=" + TO);

		// ⌈0.95 × 4⌉ = 4: the largest of four
		assertThat(figures.get("p95ResponseMs").asInt()).isEqualTo(40);
		assertThat(figures.get("meanResponseMs").asDouble()).isEqualTo(25.0);
		assertThat(figures.get("uptimePercent").asDouble()).isEqualTo(100.0);
		assertThat(figures.get("errorRate").asDouble()).isEqualTo(0.0);
	}

	@Test
	void withoutSamplesTheFiguresAreNull() {
		String service = service();
		samples.insert(probe(service), FROM, CheckResult.down(null, null, "no answer within 2000 ms"));

		JsonNode none = availability(service, "?from=" + TO + "&to=" + TO.plusSeconds(3600));
		JsonNode untimed = availability(service, "?from=" + FROM + "&to=" + TO);

		assertThat(none.get("samples").asLong()).isZero();
		for (String figure : List.of("uptimePercent", "meanResponseMs", "p95ResponseMs", "errorRate")) {
			assertThat(none.get(figure).isNull()).as(figure).isTrue();
		}
		assertThat(untimed.get("samples").asLong()).isEqualTo(1);
		assertThat(untimed.get("uptimePercent").asDouble()).isZero();
		assertThat(untimed.get("errorRate").asDouble()).isEqualTo(1.0);
		assertThat(untimed.get("meanResponseMs").isNull()).isTrue();
		assertThat(untimed.get("p95ResponseMs").isNull()).isTrue();
	}

	@Test
	void anUnknownServiceIsNotFoundAndABackwardsPeriodIsRefused() {
		Response unknown = api.get("rita", "/api/v1/services/no-such-service/availability");
		Response backwards = api.get("rita",
				"/api/v1/services/" + service() + "/availability?from=" + TO + "&to=" + FROM);
		Response empty = api.get("rita", "/api/v1/services/" + service() + "/availability?from=" + TO + "&to=" + TO);
		Response unreadable = api.get("rita", "/api/v1/services/" + service() + "/availability?from=yesterday");

		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.contentType()).isEqualTo("application/problem+json");
		assertThat(unknown.body().get("detail").asText()).contains("no-such-service");
		for (Response refused : List.of(backwards, empty, unreadable)) {
			assertThat(refused.status()).as(refused.body().toString()).isEqualTo(400);
			assertThat(refused.contentType()).isEqualTo("application/problem+json");
			assertThat(refused.body().get("errors").findValuesAsText("field")).containsExactly("from");
		}
		assertThat(api.get(null, "/api/v1/services/no-such-service/availability").status()).isEqualTo(401);
	}

	private JsonNode availability(String service, String query) {
		Response response = api.get("rita", "/api/v1/services/" + service + "/availability" + query);
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		assertThat(response.body().get("service").asText()).isEqualTo(service);
		return response.body();
	}

	private String service() {
		return TestServices.fresh(catalogue, "avail", 2, "ops");
	}

	/** Disabled: these probes only hold samples and must never run. */
	private long probe(String service) {
		long id = probes
			.create(new ProbeRequest("Health of " + service, "http://127.0.0.1:9/health", null, 10, 1000, null, null,
					null, null, service, false), "adam")
			.probe()
			.id();
		created.add(id);
		return id;
	}

}
