package dev.firebreak.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;
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
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An overdue follow-up action is escalated to its team's managers by email, through a
 * real SMTP server, exactly once however often the job runs; not before its due date has
 * passed, not to other teams' managers, and not once it is done.
 */
@FirebreakTest
class OverdueFollowUpEscalationTest {

	@RegisterExtension
	static GreenMailExtension mail = TestSmtp.server();

	@Autowired
	NotifyFixtures fixtures;

	@Autowired
	OverdueFollowUps overdue;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void anOverdueActionIsEscalatedToItsTeamsManagersExactlyOnce() throws Exception {
		Instant start = Instant.parse("2035-05-06T09:00:00Z").plusSeconds((long) (Math.random() * 86_400 * 200));
		ClockUtil.setCurrentTime(Date.from(start));
		ApiClient api = fixtures.api();
		String team = fixtures.team();
		String responder = fixtures.person("eo", Role.RESPONDER, team);
		String manager = fixtures.person("em", Role.MANAGER, team);
		String otherManager = fixtures.person("ex", Role.MANAGER, fixtures.team());
		fixtures.contactMethod(manager, "EMAIL", manager + "@example.test");
		fixtures.contactMethod(otherManager, "EMAIL", otherManager + "@example.test");
		String number = fixtures.reportP1(responder, fixtures.service(team), "Queue stuck");
		LocalDate due = LocalDate.ofInstant(start, ZoneOffset.UTC).plusDays(2);
		ApiClient.Response created = api.post(responder, "/api/v1/incidents/" + number + "/follow-ups",
				Map.of("title", "Bound the queue", "owner", responder, "dueDate", due.toString()));
		assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
		String one = "/api/v1/follow-ups/" + created.body().get("id").asLong();
		ApiClient.Response done = api.post(responder, "/api/v1/incidents/" + number + "/follow-ups",
				Map.of("title", "Document the queue", "owner", responder, "dueDate", due.toString(), "status", "DONE"));
		assertThat(done.status()).isEqualTo(201);

		// on the due date itself it is not overdue yet
		ClockUtil.setCurrentTime(Date.from(due.atTime(23, 0).toInstant(ZoneOffset.UTC)));
		overdue.escalateDue();
		fixtures.runDue();
		assertThat(api.get(responder, one).body().get("overdue").asBoolean()).isFalse();
		assertThat(mailsTo(manager)).isEmpty();

		ClockUtil.setCurrentTime(Date.from(due.plusDays(1).atTime(8, 0).toInstant(ZoneOffset.UTC)));
		assertThat(api.get(responder, one).body().get("overdue").asBoolean()).isTrue();
		assertThat(overdue.escalateDue()).isGreaterThanOrEqualTo(1);
		fixtures.runDue();
		assertThat(mailsTo(manager)).hasSize(1).first().satisfies(message -> {
			assertThat(message.getSubject()).contains("Overdue follow-up of " + number).contains("Bound the queue");
			assertThat(GreenMailUtil.getBody(message)).contains(responder).contains(due.toString());
		});
		assertThat(mailsTo(otherManager)).as("another team's manager").isEmpty();
		assertThat(api.get(responder, one).body().get("escalatedAt").isNull()).isFalse();

		// later ticks, and a day later: still one mail
		overdue.escalateDue();
		ClockUtil.setCurrentTime(Date.from(due.plusDays(2).atTime(8, 0).toInstant(ZoneOffset.UTC)));
		overdue.escalateDue();
		fixtures.runDue();
		assertThat(mailsTo(manager)).as("exactly once").hasSize(1);
		assertThat(mailsTo(manager).get(0).getSubject()).doesNotContain("Document the queue");
	}

	private static List<MimeMessage> mailsTo(String user) {
		return Arrays.stream(mail.getReceivedMessages()).filter(message -> {
			try {
				return message.getSubject().contains("Overdue follow-up") && Arrays.stream(message.getAllRecipients())
					.anyMatch(address -> address.toString().startsWith(user + "@"));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

}
