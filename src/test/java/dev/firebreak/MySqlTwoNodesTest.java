package dev.firebreak;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.incident.TestServices;
import dev.firebreak.probe.Availability;
import dev.firebreak.probe.AvailabilityQuery;
import dev.firebreak.probe.ProbeRequest;
import dev.firebreak.probe.Probes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two whole nodes on one MariaDB database, as behind a load balancer without sticky
 * sessions, sharing one export directory as the operations guide asks
 * ({@code firebreak.exports.directory} on shared storage, ADR 0011), each sweeping probe
 * samples every second.
 */
@ExtendWith(MySqlTestDatabase.class)
class MySqlTwoNodesTest {

	private static ConfigurableApplicationContext a;

	private static ConfigurableApplicationContext b;

	private static Path exports;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@BeforeAll
	static void start() throws Exception {
		exports = Files.createTempDirectory("firebreak-shared-exports");
		a = node("a");
		b = node("b");
	}

	@AfterAll
	static void stop() {
		if (a != null) {
			a.close();
		}
		if (b != null) {
			b.close();
		}
	}

	/**
	 * A browser signed in through node A is signed in on node B, signing out on one ends
	 * it on both, and an admin who disables a person on node B ends that person's session
	 * on node A. (Sessions are Spring Session JDBC rows.)
	 */
	@Test
	void aBrowserSessionFromOneNodeIsValidOnTheOtherUntilItEnds() throws Exception {

		String username = "two-nodes-" + UUID.randomUUID().toString().substring(0, 8);
		ApiClient.Response created = new ApiClient(port(a)).post("adam", "/api/v1/users",
				Map.of("username", username, "displayName", "Nodes Person", "password",
						"a long enough passphrase for two nodes", "roles", Set.of("RESPONDER")));
		assertThat(created.status()).isEqualTo(201);

		BrowserSession onA = new BrowserSession(port(a));
		assertThat(onA.login(username, "a long enough passphrase for two nodes").headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
		String session = onA.sessionCookie().orElseThrow().getValue();

		HttpResponse<String> onB = page(b, "/work", session);
		assertThat(onB.statusCode()).as("node B knows node A's session").isEqualTo(200);
		assertThat(onB.body()).containsPattern("id=\"my-settings\"[^>]*>" + username + "</a>");

		assertThat(new ApiClient(port(b)).post("adam", "/api/v1/users/" + username + "/disable", null).status())
			.isEqualTo(200);
		HttpResponse<String> afterDisable = page(a, "/work", session);
		assertThat(afterDisable.statusCode()).isEqualTo(302);
		assertThat(afterDisable.headers().firstValue("Location").orElseThrow())
			.as("disabled on node B, signed out on node A")
			.endsWith("/login?expired");

		BrowserSession rita = new BrowserSession(port(b));
		rita.login("rita", ApiClient.PASSWORD);
		String ritas = rita.sessionCookie().orElseThrow().getValue();
		assertThat(page(a, "/work", ritas).statusCode()).isEqualTo(200);
		assertThat(rita.postForm("/logout", Map.of("_csrf", rita.csrfTokenFrom("/logout"))).statusCode())
			.isEqualTo(302);
		assertThat(page(a, "/work", ritas).statusCode()).as("signed out on B, so on A too").isEqualTo(302);
	}

	/** An export started on node A downloads from node B, the same file to the byte. */
	@Test
	void anExportStartedOnOneNodeDownloadsFromTheOther() {
		ApiClient onA = new ApiClient(port(a));
		ApiClient onB = new ApiClient(port(b));
		ApiClient.Response started = onA.post("audra", "/api/v1/exports", Map.of());
		assertThat(started.status()).isEqualTo(202);
		String self = started.body().get("self").asText();

		JsonNode done = await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> onB.get("audra", self).body(), job -> job.get("status").asText().equals("DONE"));
		ApiClient.Download fromB = onB.download("audra", done.get("file").asText());
		ApiClient.Download fromA = onA.download("audra", done.get("file").asText());

		assertThat(fromB.status()).isEqualTo(200);
		assertThat(fromB.body()).startsWith((byte) 'P', (byte) 'K').isEqualTo(fromA.body());
		assertThat(fromB.body().length).isEqualTo(done.get("sizeBytes").asInt());
	}

	/**
	 * Both nodes sweep probe samples every second: samples past the retention end up in
	 * hourly roll-ups once, whichever node rolls up which hour and however they race, and
	 * the figures are the ones the samples gave.
	 */
	@Test
	void probeSamplesPastTheRetentionAreRolledUpOnceAcrossTwoNodes() {
		String service = TestServices.fresh(a.getBean(ServiceCatalogue.class), "two-nodes-rollup", 2, "ops");
		long probe = a.getBean(Probes.class)
			.create(new ProbeRequest("Two nodes rollup", "http://127.0.0.1:9/health", null, 60, 1000, null, null, null,
					null, service, false), "adam")
			.probe()
			.id();
		Instant hour = Instant.now().minus(Duration.ofDays(200)).truncatedTo(ChronoUnit.HOURS);
		JdbcClient jdbc = a.getBean(JdbcClient.class);
		// three hours of 20 samples answering in 1..60 ms, every tenth down without an
		// answer
		for (int i = 1; i <= 60; i++) {
			boolean up = i % 10 != 0;
			jdbc.sql("insert into fb_probe_sample (probe_id, at, up, status, response_ms) values (?, ?, ?, ?, ?)")
				.params(probe, LocalDateTime.ofInstant(hour.plusSeconds(180L * (i - 1)), ZoneOffset.UTC), up,
						up ? "UP" : "DOWN", up ? i : null)
				.update();
		}

		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> count(jdbc, "select count(*) from fb_probe_sample where probe_id = ?", probe) == 0);
		// both keep sweeping: give a second roll-up of the same samples the chance to
		// show up
		await().pollDelay(Duration.ofSeconds(3)).until(() -> true);

		assertThat(count(jdbc, "select count(*) from fb_probe_rollup where probe_id = ?", probe)).isEqualTo(3);
		assertThat(count(jdbc, "select sum(samples) from fb_probe_rollup where probe_id = ?", probe)).isEqualTo(60);
		Availability figures = b.getBean(AvailabilityQuery.class).of(service, hour, hour.plus(Duration.ofHours(3)));
		// 54 answers of 1..59 ms (no multiples of 10): the mean is 1620 / 54; p95 the
		// 52nd
		// smallest, p50 the 27th
		assertThat(figures).isEqualTo(
				new Availability(service, hour, hour.plus(Duration.ofHours(3)), 60, 90.0, 30.0, 57, 0.1, 29, 0L));
	}

	private static long count(JdbcClient jdbc, String sql, long probe) {
		Long count = jdbc.sql(sql).param(probe).query(Long.class).single();
		return count == null ? 0 : count;
	}

	private HttpResponse<String> page(ConfigurableApplicationContext node, String path, String session)
			throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port(node) + path))
			.header("Accept", "text/html")
			.header("Cookie", "SESSION=" + session)
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static int port(ConfigurableApplicationContext node) {
		return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
	}

	/** A whole Firebreak node on the test database. */
	private static ConfigurableApplicationContext node(String name) {
		return new SpringApplicationBuilder(FirebreakApplication.class).profiles("test", "mysql")
			.run("--server.port=0", "--spring.datasource.url=" + MySqlTestDatabase.url(),
					"--spring.datasource.username=" + MySqlTestDatabase.user(),
					"--spring.datasource.password=" + MySqlTestDatabase.password(),
					"--camunda.bpm.process-engine-name=two-nodes-" + name, "--firebreak.exports.directory=" + exports,
					"--firebreak.exports.sweep-interval=1s", "--firebreak.probes.retention-sweep-interval=1s");
	}

}
