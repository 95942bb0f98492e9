package dev.firebreak;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.export.ExportSweep;
import dev.firebreak.intake.IntakeDrain;
import dev.firebreak.intake.IntegrationType;
import dev.firebreak.intake.Integrations;
import dev.firebreak.intake.NewIntegration;
import dev.firebreak.notify.NotifyFixtures;
import dev.firebreak.notify.channel.WebhookReceiver;
import dev.firebreak.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A node process killed with {@code kill -9} in the middle of its work loses nothing: the
 * alerts it had claimed, the export job it was running and the notification it was
 * sending are taken over by the surviving node once their short claims lapse, and each is
 * done once. The killed node is a child JVM in a working directory of its own, on the
 * same MariaDB database; it is held mid-work by real means (a row lock the test holds, an
 * export stopped at its start, a webhook receiver that does not answer yet), so nothing
 * here depends on timing.
 */
@ExtendWith(MySqlTestDatabase.class)
class MySqlNodeKillTest {

	/** Short claims, so that the takeover comes within seconds. */
	private static final String CLAIM = "2s";

	private static final int ALERTS = 10;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void whatAKilledNodeHeldIsTakenOverAndDoneOnce() throws Exception {
		Path exports = Files.createTempDirectory("firebreak-kill-exports");
		Path home = Files.createTempDirectory("firebreak-killed-node");
		int childPort = freePort();
		Process child = startChild(home, childPort, exports);
		try (WebhookReceiver receiver = new WebhookReceiver();
				ConfigurableApplicationContext survivor = survivor(exports)) {
			JdbcClient jdbc = survivor.getBean(JdbcClient.class);
			NotifyFixtures fixtures = survivor.getBean(NotifyFixtures.class);
			String team = fixtures.team();
			String manager = fixtures.person("manager", Role.MANAGER, team);
			String responder = fixtures.person("responder", Role.RESPONDER, team);
			fixtures.contactMethod(responder, "WEBHOOK", receiver.url("/hooks/killed-node"));
			fixtures.policy(manager, team, 60, 1, List.of(List.of(responder)));
			String service = fixtures.service(team);
			// the alerts go to a service of a team nobody is paged for: the one page is
			// the P1's
			String quiet = fixtures.service(fixtures.team());
			Integrations.CreatedIntegration integration = survivor.getBean(Integrations.class)
				.create(new NewIntegration("kill-" + UUID.randomUUID(), IntegrationType.GENERIC, quiet, null, null,
						null, null, null), "adam");
			String key = integration.key();
			long source = integration.integration().id();
			String alert = "{\"dedupKey\": \"killed-node\", \"title\": \"Killed node repeats\"}";
			assertThat(postAlert(port(survivor), key, alert)).isEqualTo(202);
			IntakeDrain.drainInbox(survivor);
			long incident = jdbc.sql("select id from fb_incident where integration_id = ?")
				.param(source)
				.query(Long.class)
				.single();

			await().atMost(Duration.ofMinutes(5))
				.pollInterval(Duration.ofMillis(500))
				.until(() -> healthy(childPort, child));
			ApiClient onChild = new ApiClient(childPort);

			List<Long> claimedByTheDead;
			long job;
			try (Connection lock = DriverManager.getConnection(MySqlTestDatabase.url(), MySqlTestDatabase.user(),
					MySqlTestDatabase.password())) {
				// the child counts repeats on this incident's row: holding the row keeps
				// its
				// claimed alerts in the middle of their batch
				lock.setAutoCommit(false);
				lock.createStatement()
					.executeQuery("select id from fb_incident where id = " + incident + " for update");

				receiver.holdNext();
				for (int i = 0; i < ALERTS; i++) {
					assertThat(postAlert(childPort, key, alert)).as("accepted by the child").isEqualTo(202);
				}
				ApiClient.Response reported = onChild.post(manager, "/api/v1/incidents", Map.of("title",
						"Paged from the killed node", "service", service, "severity", "CRITICAL", "impact", "HIGH"));
				assertThat(reported.status()).isEqualTo(201);
				String paged = reported.body().get("number").asText();
				ApiClient.Response started = onChild.post("audra", "/api/v1/exports", Map.of("service", quiet));
				assertThat(started.status()).isEqualTo(202);
				job = started.body().get("id").asLong();

				await().atMost(Duration.ofSeconds(30))
					.pollInterval(Duration.ofMillis(100))
					.until(() -> !claimed(jdbc, source).isEmpty() && receiver.all().size() == 1
							&& "RUNNING".equals(jobStatus(jdbc, job)));
				claimedByTheDead = claimed(jdbc, source);

				child.destroyForcibly(); // SIGKILL: no shutdown hook, no goodbye
				assertThat(child.waitFor()).isNotZero();
				lock.rollback();

				await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
					IntakeDrain.drainInbox(survivor);
					fixtures.runDue();
					ExportSweep.sweep(survivor);
					return pending(jdbc, source) == 0 && "DONE".equals(jobStatus(jdbc, job))
							&& sentTo(jdbc, responder) == 1;
				});

				// the alerts: every accepted one processed, each counted once
				assertThat(claimedByTheDead).isNotEmpty();
				assertThat(jdbc.sql("select count(*) from fb_alert_event where integration_id = ? and status = 'DONE'")
					.param(source)
					.query(Long.class)
					.single()).isEqualTo(ALERTS + 1L);
				assertThat(jdbc.sql("select occurrences from fb_incident where id = ?")
					.param(incident)
					.query(Integer.class)
					.single()).as("the first alert and each repeat once").isEqualTo(ALERTS + 1);

				// the page: sent once, recorded once (the receiver saw the unanswered try
				// too)
				assertThat(fixtures.entries(paged, "NOTIFIED")).hasSize(1);
				List<String> deliveries = new ArrayList<>();
				receiver.all().forEach(request -> deliveries.add(request.header("X-Firebreak-Delivery")));
				assertThat(deliveries).hasSize(2).containsOnly(deliveries.get(0));
			}
			finally {
				receiver.release();
			}

			// the export: finished once, by the survivor, and downloads
			JsonNode done = new ApiClient(port(survivor)).get("audra", "/api/v1/exports/" + job).body();
			assertThat(done.get("status").asText()).isEqualTo("DONE");
			ApiClient.Download file = new ApiClient(port(survivor)).download("audra", done.get("file").asText());
			assertThat(file.status()).isEqualTo(200);
			assertThat(file.body()).startsWith((byte) 'P', (byte) 'K');
			assertThat(jdbc.sql("select count(*) from fb_audit_log where target = ?")
				.param("export job " + job)
				.query(Long.class)
				.single()).as("one EXPORTED record").isEqualTo(1);
		}
		finally {
			child.destroyForcibly();
			if (child.waitFor() != 0) {
				System.out.println("Killed node's log: " + home.resolve("node.log"));
			}
		}
	}

	private static List<Long> claimed(JdbcClient jdbc, long source) {
		return jdbc
			.sql("select id from fb_alert_event where integration_id = ? and status = 'PENDING'"
					+ " and claim_token is not null order by id")
			.param(source)
			.query(Long.class)
			.list();
	}

	private static long pending(JdbcClient jdbc, long source) {
		return jdbc.sql("select count(*) from fb_alert_event where integration_id = ? and status = 'PENDING'")
			.param(source)
			.query(Long.class)
			.single();
	}

	private static String jobStatus(JdbcClient jdbc, long job) {
		return jdbc.sql("select status from fb_export_job where id = ?").param(job).query(String.class).single();
	}

	private static long sentTo(JdbcClient jdbc, String username) {
		return jdbc.sql("select count(*) from fb_notification where username = ? and status = 'SENT'")
			.param(username)
			.query(Long.class)
			.single();
	}

	private int postAlert(int port, String key, String body) throws IOException, InterruptedException {
		return http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/intake/generic"))
				.header("Content-Type", "application/json")
				.header("Authorization", "Bearer " + key)
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	/**
	 * Serving pages; its health may be down for want of a mail server, which is not ours.
	 */
	private boolean healthy(int port, Process child) {
		if (!child.isAlive()) {
			throw new IllegalStateException("The child node stopped during its start (exit " + child.exitValue() + ")");
		}
		try {
			return http
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).build(),
						HttpResponse.BodyHandlers.discarding())
				.statusCode() == 200;
		}
		catch (IOException notYet) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** A whole Firebreak node as a process of its own, with its workers on. */
	private static Process startChild(Path home, int port, Path exports) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp",
				System.getProperty("java.class.path"), FirebreakApplication.class.getName(),
				"--spring.profiles.active=test,mysql,held-exports", "--server.port=" + port,
				"--spring.datasource.url=" + MySqlTestDatabase.url(),
				"--spring.datasource.username=" + MySqlTestDatabase.user(),
				"--spring.datasource.password=" + MySqlTestDatabase.password(),
				"--camunda.bpm.process-engine-name=killed-node", "--firebreak.intake.worker-enabled=true",
				"--firebreak.intake.claim-timeout=" + CLAIM, "--firebreak.notify.worker-enabled=true",
				"--firebreak.notify.async-events=true", "--firebreak.notify.claim-lease=" + CLAIM,
				"--firebreak.notify.http-timeout=60s", "--firebreak.exports.directory=" + exports,
				"--firebreak.exports.stale-after=" + CLAIM);
		return new ProcessBuilder(command).directory(home.toFile())
			.redirectErrorStream(true)
			.redirectOutput(home.resolve("node.log").toFile())
			.start();
	}

	/** The node that survives, in this JVM; its workers run when the test says. */
	private static ConfigurableApplicationContext survivor(Path exports) {
		return new SpringApplicationBuilder(FirebreakApplication.class).profiles("test", "mysql")
			.run("--server.port=0", "--spring.datasource.url=" + MySqlTestDatabase.url(),
					"--spring.datasource.username=" + MySqlTestDatabase.user(),
					"--spring.datasource.password=" + MySqlTestDatabase.password(),
					"--camunda.bpm.process-engine-name=survivor", "--firebreak.intake.claim-timeout=" + CLAIM,
					"--firebreak.notify.claim-lease=" + CLAIM, "--firebreak.exports.directory=" + exports,
					"--firebreak.exports.stale-after=" + CLAIM);
	}

	private static int port(ConfigurableApplicationContext node) {
		return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
