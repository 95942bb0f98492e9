package dev.firebreak.notify.follow;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import dev.firebreak.ApiClient;
import dev.firebreak.FirebreakTest;
import dev.firebreak.TestSmtp;
import dev.firebreak.notify.NotifyFixtures;
import dev.firebreak.security.Role;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Following through a real SMTP server: whoever may see an incident follows it (an
 * auditor too, an added responder from another team once added) and gets each public
 * update by email; unfollowing, or losing sight of the incident, stops the mail.
 */
@FirebreakTest
class FollowTest {

	@RegisterExtension
	static GreenMailExtension mail = TestSmtp.server();

	@Autowired
	NotifyFixtures fixtures;

	@Test
	void followersGetPublicUpdatesByEmailUntilTheyStopOrLoseSight() {
		ApiClient api = fixtures.api();
		String team = fixtures.team();
		String owner = fixtures.person("own", Role.RESPONDER, team);
		String outsider = fixtures.person("out", Role.RESPONDER, fixtures.team());
		String auditor = fixtures.person("aud", Role.AUDITOR);
		fixtures.contactMethod(owner, "EMAIL", owner + "@example.test");
		fixtures.contactMethod(outsider, "EMAIL", outsider + "@example.test");
		fixtures.contactMethod(auditor, "EMAIL", auditor + "@example.test");
		String number = fixtures.reportP1(owner, fixtures.service(team), "Payments time out");
		String follow = "/api/v1/incidents/" + number + "/follow";

		assertThat(api.put(outsider, follow, null).status()).as("cannot see it yet").isEqualTo(403);
		assertThat(api.get(owner, follow).body().get("following").asBoolean()).isFalse();
		assertThat(api.put(owner, follow, null).body().get("following").asBoolean()).isTrue();
		assertThat(api.put(owner, follow, null).status()).as("again: no change").isEqualTo(200);
		assertThat(api.put(auditor, follow, null).status()).isEqualTo(200);
		assertThat(
				api.post(owner, "/api/v1/incidents/" + number + "/responders", Map.of("username", outsider)).status())
			.isEqualTo(200);
		assertThat(api.put(outsider, follow, null).status()).isEqualTo(200);

		publish(owner, number, "INVESTIGATING", "Some card payments time out.");
		assertThat(updateMailsTo(owner, "Investigating")).hasSize(1)
			.first()
			.satisfies(message -> assertThat(GreenMailUtil.getBody(message)).contains("Some card payments time out."));
		assertThat(updateMailsTo(outsider, "Investigating")).hasSize(1);
		assertThat(updateMailsTo(auditor, "Investigating")).hasSize(1);

		assertThat(api.delete(owner, follow).body().get("following").asBoolean()).isFalse();
		assertThat(api.delete(owner, "/api/v1/incidents/" + number + "/responders/person/" + outsider).status())
			.isEqualTo(200);
		publish(owner, number, "IDENTIFIED", "We know the cause.");
		assertThat(updateMailsTo(owner, "Identified")).as("unfollowed").isEmpty();
		assertThat(updateMailsTo(outsider, "Identified")).as("no longer sees it").isEmpty();
		assertThat(updateMailsTo(auditor, "Identified")).hasSize(1);
	}

	private void publish(String user, String number, String status, String message) {
		assertThat(fixtures.api()
			.post(user, "/api/v1/incidents/" + number + "/updates", Map.of("status", status, "message", message))
			.status()).isEqualTo(201);
		fixtures.runDue();
	}

	private static List<MimeMessage> updateMailsTo(String user, String status) {
		return Arrays.stream(mail.getReceivedMessages()).filter(message -> {
			try {
				return message.getSubject().contains(" " + status + ": ") && Arrays.stream(message.getAllRecipients())
					.anyMatch(address -> address.toString().startsWith(user + "@"));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

}
