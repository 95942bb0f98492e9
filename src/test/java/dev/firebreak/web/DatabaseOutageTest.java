package dev.firebreak.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

import dev.firebreak.ApiClient;
import dev.firebreak.ApiClient.Response;
import dev.firebreak.CuttableProxy;
import dev.firebreak.FirebreakApplication;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away under a running node: an H2 server behind a proxy the test cuts.
 * Every kind of request answers 503 with Retry-After, within the pool's short connection
 * timeout (the application's own setting, not one made for the test), and the node serves
 * again once the database is back.
 */
@SpringBootTest(classes = FirebreakApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DatabaseOutageTest {

	/** Alertmanager's default webhook timeout. */
	private static final Duration SENDER_PATIENCE = Duration.ofSeconds(10);

	private static Server h2;

	private static CuttableProxy proxy;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void databaseBehindProxy(DynamicPropertyRegistry registry) throws SQLException, IOException {
		h2 = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
		proxy = new CuttableProxy("127.0.0.1", h2.getPort());
		registry.add("spring.datasource.url",
				() -> "jdbc:h2:tcp://127.0.0.1:" + proxy.port() + "/mem:outage-test;DB_CLOSE_DELAY=-1");
	}

	private boolean cut;

	@AfterEach
	void databaseBack() throws IOException {
		if (cut) {
			restore();
		}
	}

	private void cut() throws IOException {
		proxy.cut();
		cut = true;
	}

	private void restore() throws IOException {
		proxy.restore();
		cut = false;
	}

	@AfterAll
	static void stop() throws IOException {
		proxy.close();
		h2.stop();
	}

	@Test
	void theApiAnswers503WithRetryAfterAndServesAgainAfterwards() throws Exception {
		ApiClient api = new ApiClient(port);
		assertThat(api.get("mona", "/api/v1/incidents").status()).isEqualTo(200);

		cut();
		long started = System.nanoTime();
		Response down = api.get("mona", "/api/v1/incidents");
		Duration waited = Duration.ofNanos(System.nanoTime() - started);

		assertThat(down.status()).isEqualTo(503);
		assertThat(down.contentType()).startsWith("application/problem+json");
		assertThat(down.headers().getFirst("Retry-After")).isEqualTo("30");
		assertThat(down.body().path("detail").asText()).contains("database");
		assertThat(waited).as("refused within a caller's patience").isLessThan(SENDER_PATIENCE);

		restore();
		// the pool drops the connections the outage broke as it meets them
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		int status;
		do {
			status = api.get("mona", "/api/v1/incidents").status();
			// a connection idle for a moment is checked before it is handed out again
			Thread.sleep(1000);
		}
		while (status != 200 && System.nanoTime() < deadline);
		assertThat(status).as("served again once the database is back").isEqualTo(200);
	}

	@Test
	void anUnauthenticatedLookingRequestIsNotTold401() throws IOException {
		// the users' table cannot be read: that is no wrong password
		cut();
		Response down = new ApiClient(port).call(ApiClient.Credentials.of("rita"), HttpMethod.GET, "/api/v1/tasks",
				null);
		assertThat(down.status()).isEqualTo(503);
		assertThat(down.headers().getFirst("Retry-After")).isNotBlank();
	}

	@Test
	void theIntakeRefusesWithinItsSendersPatience() throws IOException {
		cut();
		long started = System.nanoTime();
		Response down = new ApiClient(port).call(ApiClient.Credentials.bearer("no-matter-the-key"), HttpMethod.POST,
				"/api/v1/intake/alertmanager", Map.of("alerts", java.util.List.of()));
		Duration waited = Duration.ofNanos(System.nanoTime() - started);

		assertThat(down.status()).isEqualTo(503);
		assertThat(down.contentType()).startsWith("application/problem+json");
		assertThat(down.headers().getFirst("Retry-After")).isNotBlank();
		assertThat(waited).isLessThan(SENDER_PATIENCE);
	}

	@Test
	void aPageShowsTheFriendlyErrorPage() throws Exception {
		cut();
		HttpResponse<String> page = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/incidents"))
				.header("Accept", "text/html")
				.header("Authorization", ApiClient.Credentials.of("mona").authorization())
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.headers().firstValue("Retry-After")).isPresent();
		assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		assertThat(page.body()).contains("error-page").doesNotContain("Apache Tomcat").doesNotContain("Exception");
	}

}
