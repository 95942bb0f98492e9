package dev.firebreak.notify.delivery;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.firebreak.FirebreakApplication;
import dev.firebreak.MySqlTestDatabase;
import dev.firebreak.incident.ServiceCatalogue;
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
 * Two nodes on one MariaDB database, each with its own notification worker and event
 * threads running for real: every notification reaches the receiver exactly once,
 * whichever node planned it and however the two race for the outbox.
 */
@ExtendWith(MySqlTestDatabase.class)
class MySqlTwoNodesDeliveryTest {

	private static final int INCIDENTS = 30;

	@Test
	void twoNodesSendEachNotificationOnce() {
		try (WebhookReceiver receiver = new WebhookReceiver();
				ConfigurableApplicationContext a = node("a");
				ConfigurableApplicationContext b = node("b")) {
			NotifyFixtures onA = fixtures(a);
			NotifyFixtures onB = fixtures(b);
			String team = onA.team();
			String manager = onA.person("manager", Role.MANAGER, team);
			String responder = onA.person("responder", Role.RESPONDER, team);
			onA.contactMethod(responder, "WEBHOOK", receiver.url("/hooks/two-nodes"));
			onA.policy(manager, team, 60, 1, List.of(List.of(responder)));
			String service = onA.service(team);
			b.getBean(ServiceCatalogue.class).find(service).orElseThrow();

			for (int i = 0; i < INCIDENTS; i++) {
				(i % 2 == 0 ? onA : onB).reportP1(manager, service, "Node race " + i);
			}

			JdbcClient jdbc = a.getBean(JdbcClient.class);
			await().atMost(Duration.ofSeconds(60))
				.pollInterval(Duration.ofMillis(200))
				.until(() -> sentFor(jdbc, responder) == INCIDENTS);
			// both workers keep polling: give a duplicate the chance to show up
			await().pollDelay(Duration.ofSeconds(3)).until(() -> true);

			Set<String> deliveries = new HashSet<>();
			receiver.all().forEach(request -> deliveries.add(request.header("X-Firebreak-Delivery")));
			assertThat(receiver.all()).as("one request per notification").hasSize(INCIDENTS);
			assertThat(deliveries).hasSize(INCIDENTS);
		}
	}

	private static long sentFor(JdbcClient jdbc, String username) {
		return jdbc.sql("select count(*) from fb_notification where username = ? and status = 'SENT'")
			.param(username)
			.query(Long.class)
			.single();
	}

	private static NotifyFixtures fixtures(ConfigurableApplicationContext node) {
		return node.getBean(NotifyFixtures.class);
	}

	/** A whole Firebreak node on the test database, its workers on. */
	private static ConfigurableApplicationContext node(String name) {
		// as command-line arguments: they outrank the profiles' files, as on a real node
		return new SpringApplicationBuilder(FirebreakApplication.class).profiles("test", "mysql")
			.run("--server.port=0", "--spring.datasource.url=" + MySqlTestDatabase.url(),
					"--spring.datasource.username=" + MySqlTestDatabase.user(),
					"--spring.datasource.password=" + MySqlTestDatabase.password(),
					"--camunda.bpm.process-engine-name=node-" + name, "--firebreak.notify.worker-enabled=true",
					"--firebreak.notify.async-events=true", "--firebreak.notify.poll-interval=500ms");
	}

}
