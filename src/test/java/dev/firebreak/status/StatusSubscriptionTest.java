package dev.firebreak.status;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
import dev.firebreak.security.Role;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole subscription loop through a real SMTP server: sign up on /status with a plain
 * form, nothing but a confirmation until the mailed link is followed (its token only
 * hashed at rest), then public updates with a one-click unsubscribe link and the
 * List-Unsubscribe header, nothing internal in them, and maintenance notices; repeated
 * sign-ups mail no more; a tampered or used link changes nothing; after unsubscribing,
 * silence.
 */
@FirebreakTest
class StatusSubscriptionTest {

	@RegisterExtension
	static GreenMailExtension mail = TestSmtp.server();

	private static final Pattern LINK = Pattern.compile("https?://\\S+");

	@LocalServerPort
	int port;

	@Autowired
	NotifyFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	java.time.Clock clock;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void signUpConfirmGetUpdatesAndUnsubscribe() throws Exception {
		ApiClient api = fixtures.api();
		String team = fixtures.team();
		String responder = fixtures.person("secretperson", Role.RESPONDER, team);
		String service = fixtures.service(team);
		String component = "Payments " + UUID.randomUUID().toString().substring(0, 6);
		assertThat(
				api.post("adam", "/api/v1/status-components", Map.of("name", component, "services", List.of(service)))
					.status())
			.isEqualTo(201);
		String number = fixtures.reportP1(responder, service, "Internal title: ledger shard 7 wedged");
		api.post(responder, "/api/v1/incidents/" + number + "/notes", Map.of("text", "internal-note-42"));
		String address = "sub-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";

		assertThat(post("/status/subscribe", "email=not-an-address").statusCode()).isEqualTo(400);
		HttpResponse<String> signedUp = post("/status/subscribe", "email=" + enc(address));
		assertThat(signedUp.statusCode()).isEqualTo(200);
		assertThat(signedUp.body()).contains("If that address can receive mail");
		fixtures.runDue();
		List<MimeMessage> confirmations = mailsTo(address);
		assertThat(confirmations).hasSize(1);
		String confirmLink = link(GreenMailUtil.getBody(confirmations.get(0)), "/status/subscriptions/confirm");
		String token = confirmLink.substring(confirmLink.indexOf("token=") + 6);
		assertThat(jdbc.sql("select confirm_hash from fb_status_subscriber where email = ?")
			.param(address)
			.query(String.class)
			.single()).as("only the hash is kept").isEqualTo(StatusSubscriptions.hash(token)).isNotEqualTo(token);

		publish(responder, number, "INVESTIGATING", "Some card payments fail.");
		assertThat(mailsTo(address)).as("unconfirmed: no updates").hasSize(1);

		// a repeated sign-up gets the same answer and no mail storm
		assertThat(post("/status/subscribe", "email=" + enc(address)).body())
			.contains("If that address can receive mail");
		assertThat(post("/status/subscribe", "email=" + enc(address.toUpperCase())).statusCode()).isEqualTo(200);
		fixtures.runDue();
		assertThat(mailsTo(address)).hasSize(1);

		assertThat(get(confirmLink.replace(token, token + "x")).statusCode()).isEqualTo(404);
		HttpResponse<String> confirmed = get(confirmLink);
		assertThat(confirmed.statusCode()).isEqualTo(200);
		assertThat(confirmed.body()).contains("Subscribed");
		assertThat(get(confirmLink).statusCode()).as("used").isEqualTo(404);

		publish(responder, number, "IDENTIFIED", "We found the cause; a fix is on its way.");
		List<MimeMessage> updates = mailsTo(address).stream().filter(m -> subject(m).startsWith("Identified")).toList();
		assertThat(updates).hasSize(1);
		MimeMessage update = updates.get(0);
		assertThat(subject(update)).isEqualTo("Identified: " + component);
		String body = GreenMailUtil.getWholeMessage(update);
		assertThat(body).contains("We found the cause; a fix is on its way.", "List-Unsubscribe:",
				"List-Unsubscribe-Post: List-Unsubscribe=One-Click");
		assertThat(body).doesNotContain("ledger shard", "internal-note-42", responder, team, "Secretperson");
		String unsubscribe = link(GreenMailUtil.getBody(update), "/status/unsubscribe");
		assertThat(update.getHeader("List-Unsubscribe")[0]).startsWith("<http")
			.endsWith(unsubscribe.substring(unsubscribe.indexOf("/status/")) + ">");

		java.time.Instant start = clock.instant().plus(java.time.Duration.ofDays(5));
		assertThat(api
			.post("mona", "/api/v1/maintenance-windows",
					Map.of("service", service, "startsAt", start.toString(), "endsAt",
							start.plus(java.time.Duration.ofHours(2)).toString(), "description", "Database upgrade"))
			.status()).isEqualTo(201);
		fixtures.runDue();
		List<MimeMessage> notices = mailsTo(address).stream()
			.filter(m -> subject(m).equals("Scheduled maintenance: " + component))
			.toList();
		assertThat(notices).hasSize(1);
		assertThat(GreenMailUtil.getWholeMessage(notices.get(0))).contains("Database upgrade", "List-Unsubscribe:")
			.doesNotContain(service);

		// the resolved update carries a one-question survey, answered once
		publish(responder, number, "RESOLVED", "Payments work again.");
		MimeMessage resolved = mailsTo(address).stream()
			.filter(m -> subject(m).startsWith("Resolved"))
			.findFirst()
			.orElseThrow();
		String survey = link(GreenMailUtil.getBody(resolved), "/status/feedback");
		assertThat(get(survey).body()).contains("How well did we handle it?");
		assertThat(post(survey.replaceAll("sig=[^&]+", "sig=forged"), "rating=5").statusCode()).isEqualTo(404);
		assertThat(post(survey.replaceAll("&e=\\d+", "&e=99999999999"), "rating=5").statusCode()).as("tampered")
			.isEqualTo(404);
		assertThat(post(survey, "rating=9").statusCode()).isEqualTo(400);
		HttpResponse<String> rated = post(survey, "rating=4&comment=" + enc("Clear and quick"));
		assertThat(rated.statusCode()).isEqualTo(200);
		assertThat(rated.body()).contains("Thank you");
		assertThat(post(survey, "rating=1").statusCode()).as("reused").isEqualTo(409);
		ClockUtil.setCurrentTime(java.util.Date.from(clock.instant().plus(java.time.Duration.ofDays(15))));
		try {
			assertThat(get(survey).statusCode()).as("expired").isEqualTo(410);
		}
		finally {
			ClockUtil.reset();
		}
		HttpResponse<String> monthly = http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/reports/sla?month="
					+ java.time.YearMonth.from(clock.instant().atZone(java.time.ZoneOffset.UTC))))
			.header("Authorization",
					"Basic " + java.util.Base64.getEncoder()
						.encodeToString(("mona:" + ApiClient.PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(monthly.body()).contains("User feedback", number, "Clear and quick");

		assertThat(get(unsubscribe).body()).as("a scanner opening the link unsubscribes nobody")
			.contains("Stop the status mail?");
		assertThat(post(unsubscribe.replaceAll("sig=[^&]+", "sig=forged"), "").statusCode()).isEqualTo(404);
		HttpResponse<String> gone = post(unsubscribe, "List-Unsubscribe=One-Click");
		assertThat(gone.statusCode()).isEqualTo(200);
		assertThat(gone.body()).contains("Unsubscribed");
		assertThat(post(unsubscribe, "").statusCode()).isEqualTo(404);

		publish(responder, number, "MONITORING", "Payments work again; we are watching.");
		assertThat(mailsTo(address).stream().filter(m -> subject(m).startsWith("Monitoring"))).isEmpty();
	}

	private void publish(String user, String number, String status, String message) {
		assertThat(fixtures.api()
			.post(user, "/api/v1/incidents/" + number + "/updates", Map.of("status", status, "message", message))
			.status()).isEqualTo(201);
		fixtures.runDue();
	}

	private HttpResponse<String> post(String path, String form) throws Exception {
		URI uri = path.startsWith("http") ? URI.create(path) : URI.create("http://localhost:" + port + path);
		return http.send(HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String url) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The mailed link, pointed at this test's server. */
	private String link(String body, String path) {
		Matcher matcher = LINK.matcher(body.replace("=\r\n", "").replace("=3D", "="));
		while (matcher.find()) {
			String found = matcher.group();
			int at = found.indexOf(path);
			if (at >= 0) {
				return "http://localhost:" + port + found.substring(at);
			}
		}
		throw new AssertionError("no " + path + " link in " + body);
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
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

}
