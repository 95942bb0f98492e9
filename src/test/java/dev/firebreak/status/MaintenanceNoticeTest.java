package dev.firebreak.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import dev.firebreak.ApiClient;
import dev.firebreak.FirebreakTest;
import dev.firebreak.TestSmtp;
import dev.firebreak.notify.NotifyFixtures;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Subscribers hear when a maintenance window they were told about changes or is
 * cancelled, through a real SMTP server: one mail per change, none for a change the
 * public cannot see (the suppression switch), one for the cancellation however often it
 * is asked for, and "ended" for a running window ended early.
 */
@FirebreakTest
class MaintenanceNoticeTest {

	@RegisterExtension
	static GreenMailExtension mail = TestSmtp.server();

	private static final Pattern LINK = Pattern.compile("https?://\\S+");

	@Autowired
	NotifyFixtures fixtures;

	@Autowired
	StatusSubscriptions subscriptions;

	@Autowired
	Clock clock;

	@Test
	void subscribersAreToldOfChangesAndCancellationsOnce() {
		ApiClient api = fixtures.api();
		String service = fixtures.service(fixtures.team());
		String component = "Ledger " + UUID.randomUUID().toString().substring(0, 6);
		assertThat(
				api.post("adam", "/api/v1/status-components", Map.of("name", component, "services", List.of(service)))
					.status())
			.isEqualTo(201);
		String address = subscribe();

		Instant start = clock.instant().plus(Duration.ofDays(5)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
		Map<String, Object> window = new HashMap<>(Map.of("service", service, "startsAt", start.toString(), "endsAt",
				start.plus(Duration.ofHours(2)).toString(), "description", "Ledger database upgrade"));
		ApiClient.Response created = api.post("mona", "/api/v1/maintenance-windows", window);
		assertThat(created.status()).isEqualTo(201);
		String path = "/api/v1/maintenance-windows/" + created.body().get("id").asLong();
		fixtures.runDue();
		assertThat(titled(address, "Scheduled maintenance: " + component)).hasSize(1);

		Instant later = start.plus(Duration.ofDays(1));
		window.put("startsAt", later.toString());
		window.put("endsAt", later.plus(Duration.ofHours(3)).toString());
		assertThat(api.put("mona", path, window).status()).isEqualTo(200);
		fixtures.runDue();
		fixtures.runDue();
		List<MimeMessage> changed = titled(address, "Maintenance changed: " + component);
		assertThat(changed).as("exactly once").hasSize(1);
		String body = GreenMailUtil.getBody(changed.get(0)).replace("=\r\n", "");
		assertThat(body).contains(StatusSubscriptionsFormat.of(start), StatusSubscriptionsFormat.of(later),
				StatusSubscriptionsFormat.of(later.plus(Duration.ofHours(3))), "Ledger database upgrade");
		assertThat(GreenMailUtil.getWholeMessage(changed.get(0))).contains("List-Unsubscribe:").doesNotContain(service);

		window.put("suppressAlerts", false);
		assertThat(api.put("mona", path, window).status()).isEqualTo(200);
		fixtures.runDue();
		assertThat(titled(address, "Maintenance changed: " + component)).as("nothing public changed").hasSize(1);

		assertThat(api.post("mona", path + "/cancel", Map.of()).status()).isEqualTo(200);
		assertThat(api.post("mona", path + "/cancel", Map.of()).status()).isEqualTo(200);
		fixtures.runDue();
		fixtures.runDue();
		List<MimeMessage> cancelled = titled(address, "Maintenance cancelled: " + component);
		assertThat(cancelled).as("exactly once").hasSize(1);
		assertThat(GreenMailUtil.getBody(cancelled.get(0)).replace("=\r\n", "")).contains("will not take place",
				StatusSubscriptionsFormat.of(later));

		Map<String, Object> running = Map.of("service", service, "startsAt",
				clock.instant().minus(Duration.ofMinutes(30)).toString(), "endsAt",
				clock.instant().plus(Duration.ofHours(1)).toString(), "description", "Ledger failover drill");
		ApiClient.Response now = api.post("mona", "/api/v1/maintenance-windows", running);
		assertThat(now.status()).isEqualTo(201);
		assertThat(
				api.post("mona", "/api/v1/maintenance-windows/" + now.body().get("id").asLong() + "/cancel", Map.of())
					.status())
			.isEqualTo(200);
		fixtures.runDue();
		assertThat(titled(address, "Maintenance ended: " + component)).hasSize(1);
		assertThat(titled(address, "Maintenance cancelled: " + component)).hasSize(1);
	}

	/** A confirmed subscriber, through the mailed link. */
	private String subscribe() {
		String address = "mnt-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
		assertThat(subscriptions.subscribe(address, "client-" + UUID.randomUUID()))
			.isEqualTo(StatusSubscriptions.SignUp.ACCEPTED);
		fixtures.runDue();
		List<MimeMessage> confirmations = mailsTo(address);
		assertThat(confirmations).hasSize(1);
		Matcher link = LINK
			.matcher(GreenMailUtil.getBody(confirmations.get(0)).replace("=\r\n", "").replace("=3D", "="));
		String token = null;
		while (link.find()) {
			if (link.group().contains("token=")) {
				token = link.group().substring(link.group().indexOf("token=") + 6);
			}
		}
		assertThat(subscriptions.confirm(token)).isTrue();
		return address;
	}

	private static List<MimeMessage> titled(String address, String subject) {
		return mailsTo(address).stream().filter(m -> {
			try {
				return subject.equals(m.getSubject());
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static List<MimeMessage> mailsTo(String address) {
		return Arrays.stream(mail.getReceivedMessages()).filter(message -> {
			try {
				return Arrays.stream(message.getAllRecipients())
					.anyMatch(to -> to.toString().equalsIgnoreCase(address));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	/** Times as the notices write them. */
	private static final class StatusSubscriptionsFormat {

		static String of(Instant instant) {
			return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
				.withZone(java.time.ZoneOffset.UTC)
				.format(instant);
		}

	}

}
