package dev.firebreak.notify.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.FirebreakTest;
import dev.firebreak.notify.NotifyFixtures;
import dev.firebreak.notify.channel.WebhookReceiver;
import dev.firebreak.security.Role;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A receiver that is down delays a notification and never loses it: it is tried again
 * with a growing backoff and delivered exactly once when the receiver is back. A receiver
 * that refuses it for good gets it given up on at once, recorded on the timeline and
 * shown to admins as a failing destination.
 */
@FirebreakTest
class DeliveryOutageTest {

	@Autowired
	NotifyFixtures fixtures;

	WebhookReceiver receiver;

	Instant start;

	@BeforeEach
	void setUp() {
		receiver = new WebhookReceiver();
		start = Instant.parse("2037-06-01T08:00:00Z").plusSeconds((long) (Math.random() * 86_400 * 300));
		ClockUtil.setCurrentTime(Date.from(start));
	}

	@AfterEach
	void tearDown() {
		receiver.close();
		ClockUtil.reset();
	}

	@Test
	void aReceiverThatIsDownDelaysTheNotificationWhichArrivesOnceWhenItIsBack() {
		String team = fixtures.team();
		String manager = fixtures.person("manager", Role.MANAGER, team);
		String responder = fixtures.person("responder", Role.RESPONDER, team);
		fixtures.contactMethod(responder, "WEBHOOK", receiver.url("/hooks/firebreak"));
		fixtures.policy(manager, team, 60, 1, List.of(List.of(responder)));
		receiver.down();

		String number = fixtures.reportP1(manager, fixtures.service(team), "Database unreachable");
		fixtures.runDue();
		JsonNode waiting = fixtures.notifications(number).get(0);
		assertThat(waiting.get("status").asText()).isEqualTo("PENDING");
		assertThat(waiting.get("attempts").asInt()).isEqualTo(1);
		assertThat(waiting.get("lastError").asText()).isNotBlank();
		Instant retry = Instant.parse(waiting.get("nextAttemptAt").asText());
		assertThat(Duration.between(start, retry)).isEqualTo(Duration.ofSeconds(10));

		move(Duration.ofSeconds(11));
		fixtures.runDue();
		JsonNode again = fixtures.notifications(number).get(0);
		assertThat(again.get("attempts").asInt()).isEqualTo(2);
		assertThat(Duration.between(start.plusSeconds(11), Instant.parse(again.get("nextAttemptAt").asText())))
			.as("the backoff doubles")
			.isEqualTo(Duration.ofSeconds(20));
		assertThat(receiver.all()).isEmpty();

		receiver.up();
		move(Duration.ofSeconds(20));
		fixtures.runDue();
		assertThat(receiver.all()).as("not before its next attempt").isEmpty();
		move(Duration.ofSeconds(32));
		fixtures.runDue();
		move(Duration.ofMinutes(30));
		fixtures.runDue();

		assertThat(receiver.all()).singleElement().satisfies(request -> {
			assertThat(request.header("X-Firebreak-Delivery")).isEqualTo(waiting.get("id").asText());
			assertThat(request.text()).contains(number);
		});
		JsonNode sent = fixtures.notifications(number).get(0);
		assertThat(sent.get("status").asText()).isEqualTo("SENT");
		assertThat(sent.get("attempts").asInt()).isEqualTo(3);
		assertThat(fixtures.entries(number, "NOTIFIED")).hasSize(1);
	}

	@Test
	void aReceiverThatRefusesForGoodIsGivenUpOnAndShownToAdmins() {
		String team = fixtures.team();
		String manager = fixtures.person("manager", Role.MANAGER, team);
		String responder = fixtures.person("responder", Role.RESPONDER, team);
		long method = fixtures.contactMethod(responder, "SLACK", receiver.url("/services/T000/B000/gone"));
		fixtures.policy(manager, team, 60, 1, List.of(List.of(responder)));
		receiver.answer(404, "no_service", Map.of());

		String number = fixtures.reportP1(manager, fixtures.service(team), "Queue is stuck");
		fixtures.runDue();

		JsonNode failed = fixtures.notifications(number).get(0);
		assertThat(failed.get("status").asText()).isEqualTo("FAILED");
		assertThat(failed.get("lastError").asText()).contains("404");
		assertThat(fixtures.entries(number, "NOTIFICATION_FAILED")).singleElement()
			.satisfies(entry -> assertThat(entry.get("details").get("reason").asText()).contains("404"));
		JsonNode failing = fixtures.api().get("adam", "/api/v1/contact-methods/failing").body();
		assertThat(failing.toString()).contains("\"id\":" + method);
		assertThat(failing.toString()).as("a webhook URL is a credential").doesNotContain("/B000/gone");
		assertThat(fixtures.api().get(responder, "/api/v1/contact-methods/failing").status()).isEqualTo(403);

		receiver.answer(200, "ok", Map.of());
		move(Duration.ofMinutes(10));
		fixtures.runDue();
		assertThat(receiver.all()).as("given up means not tried again").hasSize(1);
	}

	@Test
	void aMethodIsMarkedDeliveredAtItsLastDeliveryOfARoundAndAnotherThatFailedStaysFailing() {
		String team = fixtures.team();
		String manager = fixtures.person("manager", Role.MANAGER, team);
		String responder = fixtures.person("responder", Role.RESPONDER, team);
		long working = fixtures.contactMethod(responder, "WEBHOOK", receiver.url("/hooks/firebreak"));
		try (WebhookReceiver gone = new WebhookReceiver()) {
			long refused = fixtures.contactMethod(responder, "SLACK", gone.url("/services/T000/B000/gone"));
			gone.answer(404, "no_service", Map.of());
			fixtures.policy(manager, team, 60, 1, List.of(List.of(responder)));
			String service = fixtures.service(team);
			receiver.answer(410, "gone", Map.of());
			fixtures.reportP1(manager, service, "Disk full");
			fixtures.runDue();
			assertThat(method(responder, working).get("failingSince").asText()).isEqualTo(start.toString());

			// one round: three deliveries to the working method, three given up on the
			// other
			receiver.answer(200, "ok", Map.of());
			move(Duration.ofMinutes(1));
			for (String title : List.of("Disk full again", "Queue is stuck", "Cache is cold")) {
				fixtures.reportP1(manager, service, title);
			}
			fixtures.runDue();

			assertThat(receiver.all()).hasSize(4);
			JsonNode delivered = method(responder, working);
			assertThat(delivered.get("lastSuccessAt").asText()).isEqualTo(start.plusSeconds(60).toString());
			assertThat(delivered.get("failingSince").isNull()).as("a delivery ends failing").isTrue();
			JsonNode failing = method(responder, refused);
			assertThat(failing.get("lastSuccessAt").isNull()).isTrue();
			assertThat(failing.get("failingSince").asText()).isEqualTo(start.toString());
		}
	}

	private JsonNode method(String user, long id) {
		for (JsonNode method : fixtures.api().get(user, "/api/v1/me/contact-methods").body()) {
			if (method.get("id").asLong() == id) {
				return method;
			}
		}
		throw new AssertionError("no contact method " + id + " of " + user);
	}

	private void move(Duration fromStart) {
		ClockUtil.setCurrentTime(Date.from(start.plus(fromStart)));
	}

}
