package dev.firebreak.intake;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import dev.firebreak.CuttableProxy;
import dev.firebreak.FirebreakApplication;
import dev.firebreak.MySqlTestDatabase;
import dev.firebreak.TestClockConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away in the middle of a stream of alerts: the endpoint answers 503
 * (the sender retries), and once it is back every alert that got a 2xx is there.
 */
@ExtendWith(MySqlTestDatabase.class)
@SpringBootTest(classes = FirebreakApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.hikari.connection-timeout=500",
				"spring.datasource.hikari.validation-timeout=250", "spring.datasource.hikari.maximum-pool-size=4" })
@ActiveProfiles({ "test", "mysql" })
@Import(TestClockConfiguration.class)
class MySqlIntakeOutageTest extends IntakeTestSupport {

	private static CuttableProxy proxy;

	@DynamicPropertySource
	static void mysqlThroughProxy(DynamicPropertyRegistry registry) throws IOException {
		URI server = MySqlTestDatabase.serverAddress();
		proxy = new CuttableProxy(server.getHost(), server.getPort() == -1 ? 3306 : server.getPort());
		MySqlTestDatabase.register(registry, "127.0.0.1", proxy.port());
	}

	@AfterAll
	static void closeProxy() throws IOException {
		proxy.close();
	}

	@Test
	void everyAcceptedAlertSurvivesAnOutage() throws IOException {
		String service = service("payments", 1, "payments");
		String key = integration(IntegrationType.GENERIC, service).key();
		List<String> accepted = new ArrayList<>();
		List<Integer> statuses = new ArrayList<>();

		for (int i = 0; i < 60; i++) {
			if (i == 20) {
				proxy.cut();
			}
			if (i == 40) {
				proxy.restore();
			}
			String dedupKey = "outage-" + i;
			Response response = post("/api/v1/intake/generic", key, """
					{"dedupKey": "%s", "title": "Alert %d", "service": "%s"}""".formatted(dedupKey, i, service));
			statuses.add(response.status());
			if (response.status() == 202) {
				accepted.add(dedupKey);
			}
			else {
				assertThat(response.status()).isEqualTo(503);
				assertThat(response.header("Retry-After")).isNotBlank();
				assertThat(response.header("Content-Type")).startsWith("application/problem+json");
			}
		}

		assertThat(statuses.subList(20, 40)).as("while the database is away").containsOnly(503);
		assertThat(statuses.subList(0, 20)).containsOnly(202);
		assertThat(statuses.subList(45, 60)).as("once it is back").containsOnly(202);
		List<String> stored = jdbc.sql("select dedup_key from fb_alert_event where dedup_key like 'outage-%'")
			.query(String.class)
			.list();
		assertThat(stored).containsAll(accepted);
		drain();
		assertThat(incidentsOf(service)).hasSize(accepted.size());
	}

}
