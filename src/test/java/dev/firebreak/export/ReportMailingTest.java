package dev.firebreak.export;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dev.firebreak.TestSmtp;
import dev.firebreak.FirebreakTest;
import dev.firebreak.notify.NotifyFixtures;
import dev.firebreak.security.Role;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduled reports reach their subscribers by email through a real SMTP server, with
 * the workbook attached, once per period however often the job runs; a team's members get
 * the report as they may read it.
 */
@FirebreakTest
class ReportMailingTest {

	@RegisterExtension
	static GreenMailExtension mail = TestSmtp.server();

	@Autowired
	NotifyFixtures fixtures;

	@Autowired
	ReportMailing mailing;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void subscribersGetTheDailyAndMonthlyReportsOnceWithTheWorkbookAttached() throws Exception {
		String team = fixtures.team();
		String member = fixtures.person("member", Role.RESPONDER, team);
		fixtures.contactMethod(member, "EMAIL", member + "@example.test");
		assertThat(fixtures.api()
			.post("adam", "/api/v1/report-subscriptions",
					Map.of("report", "DAILY", "audienceKind", "TEAM", "audience", team))
			.status()).isEqualTo(201);
		assertThat(fixtures.api()
			.post("adam", "/api/v1/report-subscriptions",
					Map.of("report", "MONTHLY_SLA", "audienceKind", "TEAM", "audience", team))
			.status()).isEqualTo(201);

		ClockUtil.setCurrentTime(Date.from(Instant.parse("2036-04-01T00:30:00Z")));
		assertThat(mailing.runDue()).as("before the daily time nothing is due").isEmpty();

		ClockUtil.setCurrentTime(Date.from(Instant.parse("2036-04-01T01:05:00Z")));
		assertThat(mailing.runDue()).hasSize(2);
		assertThat(mailing.runDue()).as("once per period").isEmpty();
		fixtures.runDue();

		List<MimeMessage> mails = Arrays.stream(mail.getReceivedMessages())
			.filter(message -> to(message, member))
			.toList();
		assertThat(mails).extracting(MimeMessage::getSubject)
			.containsExactlyInAnyOrder("Firebreak daily report for 2036-03-31", "Firebreak SLA report for 2036-03");
		for (MimeMessage message : mails) {
			byte[] workbook = attachment(message);
			try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
				assertThat(book.getNumberOfSheets()).isGreaterThan(1);
			}
		}
	}

	@Test
	void onlyAdminsChangeSubscriptionsAndBadOnesAreRefused() {
		assertThat(fixtures.api()
			.post("mona", "/api/v1/report-subscriptions",
					Map.of("report", "DAILY", "audienceKind", "ROLE", "audience", "MANAGER"))
			.status()).isEqualTo(403);
		var bad = fixtures.api()
			.post("adam", "/api/v1/report-subscriptions",
					Map.of("report", "WEEKLY", "audienceKind", "ROLE", "audience", "CHEF"));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body().get("detail").asText()).contains("report must be DAILY or MONTHLY_SLA",
				"audience must be a role");
		assertThat(fixtures.api().get("mona", "/api/v1/report-subscriptions").body().toString()).doesNotContain("CHEF");
	}

	private static boolean to(MimeMessage message, String user) {
		try {
			return Arrays.stream(message.getAllRecipients()).anyMatch(address -> address.toString().contains(user));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] attachment(MimeMessage message) throws Exception {
		Multipart parts = (Multipart) message.getContent();
		for (int i = 0; i < parts.getCount(); i++) {
			BodyPart part = parts.getBodyPart(i);
			if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
				return part.getInputStream().readAllBytes();
			}
		}
		throw new AssertionError("no attachment in " + message.getSubject());
	}

}
