package dev.firebreak.probe;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each kind of check against a real server on loopback, started here, through to an
 * incident opened and resolved, with the samples and the availability figures: a TCP
 * listener, an HTTPS server with short-lived, expired and mismatched self-signed
 * certificates (made in the test), a DNS server answering over UDP (the JDK's own DNS
 * client asks it, no stub), heartbeats on time and late, and a flood of failing and
 * hanging targets. The clock is moved, never slept on.
 */
@FirebreakTest
class CheckKindsTest {

	@LocalServerPort
	int port;

	@Autowired
	ServiceCatalogue catalogue;

	@Autowired
	ApplicationContext context;

	ProbeScenario scenario;

	final List<AutoCloseable> servers = new ArrayList<>();

	@BeforeEach
	void setUp() {
		// Probes left by other tests of the shared context would run with this test's
		// clock and count in its drains; this test's figures are about its own probes.
		context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
			.sql("update fb_probe set deleted_at = created_at where deleted_at is null")
			.update();
		scenario = new ProbeScenario(new ApiClient(port), context, TestServices.fresh(catalogue, "checks", 2, "ops"),
				Instant.now().truncatedTo(ChronoUnit.SECONDS));
	}

	@AfterEach
	void tearDown() throws Exception {
		scenario.close();
		for (AutoCloseable server : servers) {
			server.close();
		}
	}

	@Test
	void aTcpListenerThatGoesAwayOpensAnIncidentThatHearsOfItsReturn() throws IOException {
		ServerSocket listener = listener(0);
		int listening = listener.getLocalPort();
		long id = scenario
			.create(Map.of("kind", "TCP", "name", "Queue port", "host", "127.0.0.1", "port", listening,
					"intervalSeconds", 10, "timeoutMs", 1000, "failuresBeforeAlert", 2))
			.get("id")
			.asLong();

		assertThat(scenario.run()).isEqualTo(1);
		listener.close();
		scenario.later(10);
		scenario.run();
		assertThat(scenario.drain()).as("one failure: below the threshold").isZero();
		scenario.later(10);
		scenario.run();
		assertThat(scenario.drain()).isEqualTo(1);

		List<JsonNode> incidents = scenario.incidents();
		assertThat(incidents).hasSize(1);
		String number = incidents.get(0).get("number").asText();
		JsonNode incident = scenario.incident(number);
		assertThat(incident.get("title").asText()).isEqualTo("Queue port is down");
		assertThat(incident.get("description").asText()).contains("TCP 127.0.0.1:" + listening,
				"failed 2 checks in a row");
		assertThat(incident.get("severity").asText()).isEqualTo("HIGH");

		listener(listening);
		scenario.later(10);
		scenario.run();
		assertThat(scenario.drain()).isEqualTo(1);
		assertThat(scenario.timeline(number)).contains("RECOVERY_REPORTED");
		assertThat(scenario.statuses(id)).containsExactly("UP", "DOWN", "DOWN", "UP");
		assertThat(scenario.samples(id).get(0).get("detail").asText()).isEqualTo("connected to 127.0.0.1:" + listening);
		assertThat(scenario.samples(id).get(1).get("responseMs").isNull()).isTrue();
		JsonNode figures = scenario.availability();
		assertThat(figures.get("samples").asLong()).isEqualTo(4);
		assertThat(figures.get("uptimePercent").asDouble()).isEqualTo(50.0);
		assertThat(figures.get("errorRate").asDouble()).isEqualTo(0.5);
	}

	@Test
	void aTlsCertificateNearItsExpiryIsDegradedAndAnExpiredOrMismatchedOneIsDown() {
		Instant real = Instant.now();
		TestCertificates.Issued good = TestCertificates.selfSigned("tls-good", real.minus(Duration.ofDays(1)),
				real.plus(Duration.ofDays(90)), "127.0.0.1", "localhost");
		TestCertificates.Issued shortLived = TestCertificates.selfSigned("tls-short", real.minus(Duration.ofDays(1)),
				scenario.start.plus(Duration.ofDays(5)), "127.0.0.1");
		TestCertificates.Issued expired = TestCertificates.selfSigned("tls-expired", real.minus(Duration.ofDays(30)),
				real.minus(Duration.ofDays(1)), "127.0.0.1");
		TestCertificates.Issued elsewhere = TestCertificates.selfSigned("tls-elsewhere", real.minus(Duration.ofDays(1)),
				real.plus(Duration.ofDays(90)), "other.example.org");
		TestHttpsServer server = new TestHttpsServer(good);
		servers.add(server);
		long id = scenario
			.create(Map.of("kind", "TLS", "name", "Portal certificate", "host", "127.0.0.1", "port", server.port(),
					"intervalSeconds", 60, "timeoutMs", 3000, "allowUntrusted", true, "failuresBeforeAlert", 1))
			.get("id")
			.asLong();
		assertThat(scenario.probe(id).get("warnDays").asInt()).isEqualTo(14);

		scenario.run();
		server.serve(shortLived);
		scenario.later(60);
		scenario.run();
		assertThat(scenario.drain()).isEqualTo(1);
		JsonNode degraded = scenario.incidents().get(0);
		assertThat(degraded.get("title").asText()).isEqualTo("Portal certificate is degraded");
		assertThat(degraded.get("severity").asText()).as("lower than down").isEqualTo("LOW");

		server.serve(expired);
		scenario.later(60);
		scenario.run();
		assertThat(scenario.drain()).isEqualTo(1);
		server.serve(elsewhere);
		scenario.later(60);
		scenario.run();
		assertThat(scenario.drain()).as("still down: the alert is raised").isZero();
		List<JsonNode> incidents = scenario.incidents();
		assertThat(incidents).extracting(incident -> incident.get("title").asText())
			.containsExactlyInAnyOrder("Portal certificate is degraded", "Portal certificate is down");

		server.serve(good);
		scenario.later(60);
		scenario.run();
		assertThat(scenario.drain()).as("both alerts resolved").isEqualTo(2);
		for (JsonNode incident : incidents) {
			assertThat(scenario.timeline(incident.get("number").asText())).contains("RECOVERY_REPORTED");
		}

		List<JsonNode> samples = scenario.samples(id);
		assertThat(samples).extracting(sample -> sample.get("status").asText())
			.containsExactly("UP", "DEGRADED", "DOWN", "DOWN", "UP");
		assertThat(samples.get(0).get("detail").asText()).contains("issuer CN=tls-good", "expires ");
		assertThat(samples.get(1).get("error").asText()).isEqualTo("the certificate expires in 4 days (warning at 14)");
		assertThat(samples.get(1).get("up").asBoolean()).as("degraded counts as up").isTrue();
		assertThat(samples.get(2).get("error").asText()).startsWith("the certificate expired at");
		assertThat(samples.get(2).get("detail").asText()).contains("issuer CN=tls-expired");
		assertThat(samples.get(3).get("error").asText())
			.isEqualTo("the certificate does not match 127.0.0.1: it is for [other.example.org]");
		JsonNode figures = scenario.availability();
		assertThat(figures.get("samples").asLong()).isEqualTo(5);
		assertThat(figures.get("uptimePercent").asDouble()).isEqualTo(60.0);

		long strict = scenario
			.create(Map.of("kind", "TLS", "host", "127.0.0.1", "port", server.port(), "timeoutMs", 3000))
			.get("id")
			.asLong();
		JsonNode tested = scenario.api.post("adam", "/api/v1/probes/" + strict + "/test", Map.of()).body();
		assertThat(tested.get("status").asText()).isEqualTo("DOWN");
		assertThat(tested.get("error").asText()).startsWith("the certificate chain is not trusted");
		assertThat(tested.get("detail").asText()).contains("issuer CN=tls-good");
		assertThat(scenario.samples(strict)).as("test now records nothing").isEmpty();
	}

	@Test
	void aDnsAnswerIsCheckedAgainstTheExpectedValue() {
		TestDnsServer dns = new TestDnsServer();
		servers.add(dns);
		dns.a("app.checks.test", "10.1.2.3");
		dns.txt("app.checks.test", "v=ok");
		long id = scenario
			.create(Map.of("kind", "DNS", "name", "App address", "host", "app.checks.test", "recordType", "A",
					"expectedValue", "10.1.2.3", "dnsServer", dns.address(), "timeoutMs", 2000, "failuresBeforeAlert",
					1))
			.get("id")
			.asLong();

		scenario.run();
		dns.a("app.checks.test", "10.9.9.9");
		scenario.later(60);
		scenario.run();
		assertThat(scenario.drain()).isEqualTo(1);
		String number = scenario.incidents().get(0).get("number").asText();
		assertThat(scenario.incident(number).get("description").asText()).contains("DNS A app.checks.test",
				"no A record equals '10.1.2.3'");
		dns.forget("app.checks.test");
		scenario.later(60);
		scenario.run();
		dns.a("app.checks.test", "10.1.2.3");
		dns.txt("app.checks.test", "v=ok");
		scenario.later(60);
		scenario.run();
		assertThat(scenario.drain()).isEqualTo(1);
		assertThat(scenario.timeline(number)).contains("RECOVERY_REPORTED");

		List<JsonNode> samples = scenario.samples(id);
		assertThat(samples).extracting(sample -> sample.get("status").asText())
			.containsExactly("UP", "DOWN", "DOWN", "UP");
		assertThat(samples.get(0).get("detail").asText()).isEqualTo("A app.checks.test: 10.1.2.3");
		assertThat(samples.get(1).get("detail").asText()).isEqualTo("A app.checks.test: 10.9.9.9");
		assertThat(samples.get(2).get("error").asText()).isEqualTo("app.checks.test does not exist (NXDOMAIN)");
		assertThat(scenario.availability().get("uptimePercent").asDouble()).isEqualTo(50.0);

		long txt = scenario
			.create(Map.of("kind", "DNS", "host", "app.checks.test", "recordType", "TXT", "expectedValue", "v=ok",
					"dnsServer", dns.address()))
			.get("id")
			.asLong();
		JsonNode tested = scenario.api.post("adam", "/api/v1/probes/" + txt + "/test", Map.of()).body();
		assertThat(tested.get("status").asText()).as(tested.toString()).isEqualTo("UP");
	}

	@Test
	void aHeartbeatMissedOpensAnIncidentThatALateCheckInResolves() {
		JsonNode created = scenario.create(
				Map.of("kind", "HEARTBEAT", "name", "Nightly backup", "intervalSeconds", 3600, "graceSeconds", 600));
		long id = created.get("id").asLong();
		String ping = created.get("pingPath").asText();
		assertThat(ping).matches("/api/v1/ping/[0-9a-f]{40}");
		assertThat(created.get("timeoutMs").isNull()).isTrue();
		assertThat(scenario.probe(id).has("pingPath")).as("the secret is shown once").isFalse();
		assertThat(scenario.probe(id).get("pingTokenHint").asText()).isEqualTo(ping.substring(13, 17));

		// on time: a run of 90 s, then the next period
		scenario.later(3000);
		assertThat(scenario.api.post(null, ping + "/start", Map.of()).status()).isEqualTo(200);
		scenario.later(90);
		Response success = scenario.api.get(null, ping);
		assertThat(success.status()).as("no sign-in needed").isEqualTo(200);
		assertThat(success.body().get("status").asText()).isEqualTo("checked in");
		scenario.later(3600 + 599);
		assertThat(scenario.run()).as("within the grace").isZero();
		// late: the period and the grace are over
		scenario.later(1);
		assertThat(scenario.run()).isEqualTo(1);
		assertThat(scenario.drain()).isEqualTo(1);
		List<JsonNode> incidents = scenario.incidents();
		assertThat(incidents).hasSize(1);
		String number = incidents.get(0).get("number").asText();
		assertThat(scenario.incident(number).get("title").asText()).isEqualTo("Nightly backup is down");
		assertThat(scenario.incident(number).get("description").asText()).contains("no check-in since");
		scenario.later(3600);
		scenario.run();
		assertThat(scenario.drain()).as("still missing: sent again after repeat-alert-every").isEqualTo(1);
		assertThat(scenario.incidents()).as("a repeat of the open incident, not a second one").hasSize(1);

		scenario.later(120);
		assertThat(scenario.api.post(null, ping, Map.of()).status()).isEqualTo(200);
		assertThat(scenario.drain()).isEqualTo(1);
		assertThat(scenario.timeline(number)).contains("RECOVERY_REPORTED");
		assertThat(scenario.incidents()).hasSize(1);

		scenario.later(60);
		assertThat(scenario.api.post(null, ping + "/fail", "disk full").status()).isEqualTo(200);
		assertThat(scenario.api.get(null, "/api/v1/ping/" + "0".repeat(40)).status()).isEqualTo(404);
		assertThat(scenario.api.get("adam", "/api/v1/ping/not-a-secret").status()).isEqualTo(404);

		List<JsonNode> samples = scenario.samples(id);
		assertThat(samples).extracting(sample -> sample.get("status").asText())
			.containsExactly("UP", "DOWN", "DOWN", "UP", "DOWN");
		assertThat(samples.get(0).get("durationMs").asLong()).isEqualTo(90_000);
		assertThat(samples.get(0).get("detail").asText()).isEqualTo("checked in after a run of 90000 ms");
		assertThat(samples.get(4).get("error").asText()).contains("the job reported a failure", "disk full");
		assertThat(scenario.probe(id).get("alerting").asBoolean()).isTrue();
		JsonNode figures = scenario.availability();
		assertThat(figures.get("samples").asLong()).isEqualTo(5);
		assertThat(figures.get("uptimePercent").asDouble()).isEqualTo(40.0);
		assertThat(figures.get("p95ResponseMs").isNull()).as("run times are not response times").isTrue();

		JsonNode renewed = scenario.api.post("adam", "/api/v1/probes/" + id + "/ping-secret", Map.of()).body();
		assertThat(renewed.get("pingPath").asText()).isNotEqualTo(ping);
		assertThat(scenario.api.get(null, ping).status()).as("the old secret stops working").isEqualTo(404);
		assertThat(scenario.api.get(null, renewed.get("pingPath").asText()).status()).isEqualTo(200);
	}

	@Test
	void aFloodOfFailingAndHangingTargetsOpensOneIncidentPerCheckAndBlocksNoOtherCheck() throws IOException {
		int closed = freePort();
		ServerSocket hanging = listener(0); // accepts, never speaks TLS
		ServerSocket healthy = listener(0);
		for (int i = 0; i < 6; i++) {
			scenario.create(Map.of("kind", "TCP", "name", "refused-" + i, "host", "127.0.0.1", "port", closed,
					"intervalSeconds", 10, "timeoutMs", 500, "failuresBeforeAlert", 2));
		}
		for (int i = 0; i < 8; i++) {
			scenario.create(Map.of("kind", "TLS", "name", "hanging-" + i, "host", "127.0.0.1", "port",
					hanging.getLocalPort(), "intervalSeconds", 10, "timeoutMs", 500, "failuresBeforeAlert", 2));
		}
		long good = scenario.create(Map.of("kind", "TCP", "name", "healthy", "host", "127.0.0.1", "port",
				healthy.getLocalPort(), "intervalSeconds", 10, "timeoutMs", 500))
			.get("id")
			.asLong();

		long started = System.nanoTime();
		assertThat(scenario.run()).isEqualTo(15);
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		// eight 500 ms hangs one after the other would take 4 s; four workers take about
		// 1 s
		assertThat(took).isLessThan(Duration.ofMillis(3500));
		assertThat(scenario.statuses(good)).containsExactly("UP");
		for (int round = 0; round < 3; round++) {
			scenario.later(10);
			scenario.run();
		}

		assertThat(scenario.drain()).as("one alert per failing check, not per sample").isEqualTo(14);
		assertThat(scenario.incidents()).hasSize(14);
		assertThat(scenario.samples(scenario.created.get(6)).get(0).get("error").asText())
			.isEqualTo("no TLS handshake within 500 ms");
		assertThat(scenario.statuses(good)).containsExactly("UP", "UP", "UP", "UP");
		JsonNode figures = scenario.availability();
		assertThat(figures.get("samples").asLong()).isEqualTo(60);
		assertThat(figures.get("uptimePercent").asDouble()).isEqualTo(4 * 100.0 / 60);
	}

	private ServerSocket listener(int wanted) throws IOException {
		ServerSocket socket = new ServerSocket();
		socket.setReuseAddress(true);
		socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), wanted));
		servers.add(socket);
		return socket;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
