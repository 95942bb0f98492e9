package dev.firebreak.notify.paging;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import java.io.ByteArrayInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import dev.firebreak.TestSmtp;
import dev.firebreak.ApiClient;
import dev.firebreak.BrowserSession;
import dev.firebreak.notify.NotifyFixtures;
import dev.firebreak.security.Role;
import jakarta.mail.internet.MimeMessage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Escalation end to end, with the clock moved: a P1 pages level 1 by email through a real
 * SMTP server, nobody acknowledges so level 2 is paged after the delay, and the link in
 * level 2's email acknowledges it (a confirmation page, then a POST) and stops the climb.
 * The repeat count is honoured, and a manager's escalation jumps a level.
 */
abstract class AbstractPagingTest {

	private static final Pattern ACKNOWLEDGE_LINK = Pattern
		.compile("https?://[^\\s\"<>]+(/notify/acknowledge/[^\\s\"<>]+)");

	@RegisterExtension
	static GreenMailExtension mail = TestSmtp.server();

	@LocalServerPort
	int port;

	@Autowired
	ManagementService management;

	@Autowired
	RuntimeService runtime;

	@Autowired
	NotifyFixtures fixtures;

	Instant start;

	@BeforeEach
	void setUp() {
		start = Instant.parse("2035-02-12T10:00:00Z").plusSeconds((long) (Math.random() * 86_400 * 300));
		ClockUtil.setCurrentTime(Date.from(start));
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void aP1PagesLevelOneThenLevelTwoAndTheEmailedLinkStopsTheClimb() throws Exception {
		String team = fixtures.team();
		String manager = fixtures.person("manager", Role.MANAGER, team);
		String first = fixtures.person("first", Role.RESPONDER, team);
		String second = fixtures.person("second", Role.RESPONDER, team);
		fixtures.contactMethod(first, "EMAIL", first + "@example.test");
		fixtures.contactMethod(second, "EMAIL", second + "@example.test");
		fixtures.policy(manager, team, 5, 1, List.of(List.of(first), List.of(second)));
		String service = fixtures.service(team);

		String number = fixtures.reportP1(manager, service, "Checkout returns 502");
		fixtures.runDue();

		assertThat(mailsTo(first + "@example.test")).singleElement()
			.satisfies(message -> assertThat(message.getSubject()).contains(number, "P1", "Checkout returns 502"));
		assertThat(mailsTo(second + "@example.test")).isEmpty();
		JsonNode paged = fixtures.entries(number, "PAGED").get(0);
		assertThat(paged.get("details").get("level").asInt()).isEqualTo(1);
		assertThat(paged.get("details").get("people").toString()).contains(first);
		assertThat(fixtures.entries(number, "NOTIFIED")).singleElement()
			.satisfies(entry -> assertThat(entry.get("details").get("to").asText()).isEqualTo(first));

		moveClock(Duration.ofMinutes(4));
		fixtures.runDue();
		assertThat(mailsTo(second + "@example.test")).as("level 1 still has a minute").isEmpty();

		moveClock(Duration.ofMinutes(5).plusSeconds(1));
		fixtures.runDue();
		assertThat(fixtures.entries(number, "ESCALATED")).singleElement()
			.satisfies(entry -> assertThat(entry.get("details").get("trigger").asText()).isEqualTo("policy"));
		List<MimeMessage> toSecond = mailsTo(second + "@example.test");
		assertThat(toSecond).hasSize(1);

		String link = acknowledgeLink(toSecond.get(0));
		BrowserSession phone = new BrowserSession(port);
		HttpResponse<String> confirmation = phone.get(link);
		assertThat(confirmation.statusCode()).isEqualTo(200);
		assertThat(confirmation.body()).contains("Acknowledge as");
		assertThat(fixtures.api().get("adam", "/api/v1/incidents/" + number).body().get("status").asText())
			.as("opening the link changes nothing")
			.isEqualTo("OPEN");

		String path = URI.create("http://x" + link).getPath();
		String token = link.substring(link.indexOf("t=") + 2);
		HttpResponse<String> done = phone.postForm(path,
				Map.of("t", java.net.URLDecoder.decode(token, java.nio.charset.StandardCharsets.UTF_8), "_csrf",
						phone.csrfTokenFrom(link)));
		assertThat(done.statusCode()).isEqualTo(200);
		assertThat(done.body()).contains("Acknowledged by");

		JsonNode incident = fixtures.api().get("adam", "/api/v1/incidents/" + number).body();
		assertThat(incident.get("status").asText()).isEqualTo("ACKNOWLEDGED");
		assertThat(incident.get("openTasks").get(0).get("assignee").asText()).as("the diagnosis is theirs")
			.isEqualTo(second);
		assertThat(fixtures.entries(number, "ACKNOWLEDGED")).singleElement().satisfies(entry -> {
			assertThat(entry.get("actor").asText()).isEqualTo(second);
			assertThat(entry.get("details").get("via").asText()).isEqualTo("link in a notification");
		});

		moveClock(Duration.ofMinutes(30));
		fixtures.runDue();
		assertThat(fixtures.entries(number, "ESCALATED")).as("the climb stopped").hasSize(1);

		List<List<String>> sheet = notificationsSheet(service);
		assertThat(sheet).extracting(row -> row.get(2) + " " + row.get(4))
			.containsExactly("sent " + first, "sent " + second);
		assertThat(sheet.get(1).get(9)).as("acknowledged from the second page's link").isNotBlank();
		assertThat(sheet.get(1).get(10)).isEqualTo(second);
		assertThat(sheet.get(0).get(9)).isBlank();
		assertThat(mailsTo(first + "@example.test")).hasSize(1);
		assertThat(mailsTo(second + "@example.test")).hasSize(1);
	}

	@Test
	void theRepeatCountIsHonoured() throws Exception {
		String team = fixtures.team();
		String manager = fixtures.person("manager", Role.MANAGER, team);
		String only = fixtures.person("only", Role.RESPONDER, team);
		fixtures.contactMethod(only, "EMAIL", only + "@example.test");
		fixtures.policy(manager, team, 5, 2, List.of(List.of(only)));
		String number = fixtures.reportP1(manager, fixtures.service(team), "Search is down");

		fixtures.runDue();
		moveClock(Duration.ofMinutes(5).plusSeconds(1));
		fixtures.runDue();
		moveClock(Duration.ofMinutes(10).plusSeconds(2));
		fixtures.runDue();
		moveClock(Duration.ofMinutes(60));
		fixtures.runDue();

		assertThat(mailsTo(only + "@example.test")).as("two rounds of one level").hasSize(2);
		assertThat(fixtures.entries(number, "PAGED")).extracting(entry -> entry.get("details").get("round").asInt())
			.containsExactly(1, 2);
		assertThat(fixtures.entries(number, "ESCALATED")).as("the second round, then no more").hasSize(1);
	}

	@Test
	void aManagersEscalationJumpsToTheNextLevelAtOnce() throws Exception {
		String team = fixtures.team();
		String manager = fixtures.person("manager", Role.MANAGER, team);
		String first = fixtures.person("first", Role.RESPONDER, team);
		String second = fixtures.person("second", Role.RESPONDER, team);
		fixtures.contactMethod(first, "EMAIL", first + "@example.test");
		fixtures.contactMethod(second, "EMAIL", second + "@example.test");
		fixtures.policy(manager, team, 30, 1, List.of(List.of(first), List.of(second)));
		String number = fixtures.reportP1(manager, fixtures.service(team), "Payments time out");
		fixtures.runDue();

		moveClock(Duration.ofMinutes(1));
		assertThat(fixtures.api()
			.post(manager, "/api/v1/incidents/" + number + "/escalate", Map.of("reason", "Customers are calling"))
			.status()).isEqualTo(200);
		fixtures.runDue();

		assertThat(mailsTo(second + "@example.test")).as("level 2 at once, not after 30 minutes").hasSize(1);
		assertThat(fixtures.entries(number, "PAGED")).extracting(entry -> entry.get("details").get("level").asInt())
			.containsExactly(1, 2);
		assertThat(fixtures.entries(number, "PAGED").get(1).get("details").get("trigger").asText())
			.contains("escalated by " + manager);
	}

	@Test
	void aServiceThatNamesItsOwnPolicyPagesByItAndTheTeamsOtherServicesByTheDefault() throws Exception {
		String team = fixtures.team();
		String manager = fixtures.person("manager", Role.MANAGER, team);
		String usual = fixtures.person("usual", Role.RESPONDER, team);
		String specialist = fixtures.person("specialist", Role.RESPONDER, team);
		fixtures.contactMethod(usual, "EMAIL", usual + "@example.test");
		fixtures.contactMethod(specialist, "EMAIL", specialist + "@example.test");
		fixtures.policy(manager, team, 5, 1, List.of(List.of(usual)));
		String database = fixtures.service(team);
		assertThat(fixtures.api()
			.post(manager, "/api/v1/escalation-policies",
					Map.of("team", team, "name", "database first", "services", List.of(database), "levels",
							List.of(Map.of("delayMinutes", 5, "targets",
									List.of(Map.of("kind", "USER", "ref", specialist)))))))
			.extracting(ApiClient.Response::status)
			.isEqualTo(201);

		fixtures.reportP1(manager, database, "Replication lag");
		fixtures.reportP1(manager, fixtures.service(team), "Slow pages");
		fixtures.runDue();

		assertThat(mailsTo(specialist + "@example.test")).extracting(MimeMessage::getSubject)
			.singleElement()
			.asString()
			.contains("Replication lag");
		assertThat(mailsTo(usual + "@example.test")).extracting(MimeMessage::getSubject)
			.singleElement()
			.asString()
			.contains("Slow pages");
	}

	@Test
	void aLevelThatReachesNobodyIsSkippedAndATeamWithoutAPolicyIsToldLoudly() throws Exception {
		String team = fixtures.team();
		String manager = fixtures.person("manager", Role.MANAGER, team);
		String unreachable = fixtures.person("unreachable", Role.RESPONDER, team);
		String second = fixtures.person("second", Role.RESPONDER, team);
		fixtures.contactMethod(second, "EMAIL", second + "@example.test");
		fixtures.policy(manager, team, 5, 1, List.of(List.of(unreachable), List.of(second)));
		String number = fixtures.reportP1(manager, fixtures.service(team), "Login fails");
		fixtures.runDue();

		assertThat(fixtures.entries(number, "NOBODY_PAGED")).singleElement()
			.satisfies(entry -> assertThat(entry.get("details").get("level").asInt()).isEqualTo(1));
		assertThat(mailsTo(second + "@example.test")).as("level 2 straight away").hasSize(1);

		String lonely = fixtures.team();
		String lonelyManager = fixtures.person("manager", Role.MANAGER, lonely);
		String orphan = fixtures.reportP1(lonelyManager, fixtures.service(lonely), "Nobody listens");
		assertThat(fixtures.entries(orphan, "NOBODY_PAGED")).singleElement()
			.satisfies(entry -> assertThat(entry.get("details").get("reason").asText())
				.contains("has no escalation policy"));
	}

	@Test
	void acknowledgingCancelsTheRulesLaterStepsAndMttaCountsFromTheFirstPage() throws Exception {
		String team = fixtures.team();
		String manager = fixtures.person("manager", Role.MANAGER, team);
		String responder = fixtures.person("responder", Role.RESPONDER, team);
		long email = fixtures.contactMethod(responder, "EMAIL", responder + "@example.test");
		fixtures.rule(responder, email, 0, "P1", "P2");
		fixtures.rule(responder, email, 5, "P1", "P2");
		fixtures.policy(manager, team, 30, 1, List.of(List.of(responder)));
		String service = fixtures.service(team);
		String number = fixtures.reportP1(manager, service, "Orders are lost");

		moveClock(Duration.ofSeconds(20));
		fixtures.runDue();
		assertThat(mailsTo(responder + "@example.test")).hasSize(1);

		moveClock(Duration.ofMinutes(2));
		String task = fixtures.api()
			.get(responder, "/api/v1/incidents/" + number)
			.body()
			.get("openTasks")
			.get(0)
			.get("id")
			.asText();
		assertThat(fixtures.api().post(responder, "/api/v1/tasks/" + task + "/claim", null).status()).isEqualTo(200);
		moveClock(Duration.ofMinutes(10));
		fixtures.runDue();

		assertThat(mailsTo(responder + "@example.test")).as("the 5-minute step was not needed").hasSize(1);
		JsonNode notifications = fixtures.notifications(number);
		assertThat(notifications).extracting(n -> n.get("status").asText()).containsExactly("SENT", "CANCELLED");
		Instant firstPage = Instant.parse(notifications.get(0).get("sentAt").asText());
		assertThat(firstPage).isEqualTo(start.plusSeconds(20));

		// the issue log's time to acknowledge runs from the first page, not from
		// detection
		Map<String, String> row = incidentsSheetRow(service);
		assertThat(row.get("Time to acknowledge")).as("100 s after the page, not 120 s after detection")
			.isEqualTo("00:01:40");
		assertThat(row.get("First paged")).isNotBlank();
	}

	@Test
	void reassigningStartsTheNewTeamsPolicyAndAnSlaBreachTellsTheManagers() throws Exception {
		String team = fixtures.team();
		String manager = fixtures.person("manager", Role.MANAGER, team);
		String responder = fixtures.person("responder", Role.RESPONDER, team);
		fixtures.contactMethod(manager, "EMAIL", manager + "@example.test");
		fixtures.contactMethod(responder, "EMAIL", responder + "@example.test");
		fixtures.policy(manager, team, 30, 1, List.of(List.of(responder)));
		String other = fixtures.team();
		String otherManager = fixtures.person("manager", Role.MANAGER, other, team);
		String otherResponder = fixtures.person("responder", Role.RESPONDER, other);
		fixtures.contactMethod(otherResponder, "EMAIL", otherResponder + "@example.test");
		fixtures.contactMethod(otherManager, "EMAIL", otherManager + "@example.test");
		fixtures.policy(otherManager, other, 30, 1, List.of(List.of(otherResponder)));
		String number = fixtures.reportP1(manager, fixtures.service(team), "Invoices are wrong");
		fixtures.runDue();
		assertThat(mailsTo(responder + "@example.test")).hasSize(1);

		moveClock(Duration.ofMinutes(3));
		assertThat(fixtures.api()
			.post(otherManager, "/api/v1/incidents/" + number + "/reassign",
					Map.of("team", other, "reason", "It is their billing job"))
			.status()).isEqualTo(200);
		fixtures.runDue();
		assertThat(mailsTo(otherResponder + "@example.test")).as("the new team's level 1").hasSize(1);
		assertThat(fixtures.entries(number, "PAGED")).extracting(entry -> entry.get("details").get("policy").asText())
			.containsExactly("policy of " + team, "policy of " + other);

		// the acknowledge deadline (P1: 15 minutes) passes: the SLA timer tells the
		// managers
		moveClock(Duration.ofMinutes(16));
		String instance = runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(number)
			.singleResult()
			.getId();
		for (Job job : management.createJobQuery().processInstanceId(instance).timers().list()) {
			if (!job.getDuedate().after(Date.from(start.plus(Duration.ofMinutes(16))))) {
				management.executeJob(job.getId());
			}
		}
		fixtures.runDue();
		assertThat(mailsTo(otherManager + "@example.test")).singleElement()
			.satisfies(mail -> assertThat(mail.getSubject()).contains(number, "acknowledge SLA breached"));
		assertThat(fixtures.notifications(number)).filteredOn(n -> n.get("purpose").asText().equals("SLA_BREACH"))
			.extracting(n -> n.get("username").asText())
			.as("the managers of the team it belongs to now")
			.containsExactly(otherManager);
	}

	/** The incident's row of the Incidents sheet of one service's issue log, as text. */
	private Map<String, String> incidentsSheetRow(String service) throws Exception {
		ApiClient.Download download = fixtures.api()
			.download("audra", "/api/v1/exports/issue-log.xlsx?service=" + service);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
			XSSFSheet sheet = workbook.getSheet("Incidents");
			DataFormatter text = new DataFormatter();
			Map<String, String> row = new java.util.LinkedHashMap<>();
			for (int c = 0; c < sheet.getRow(0).getLastCellNum(); c++) {
				row.put(text.formatCellValue(sheet.getRow(0).getCell(c)),
						text.formatCellValue(sheet.getRow(1).getCell(c)));
			}
			return row;
		}
	}

	/** The Notifications sheet of the issue log of one service, as text cells. */
	private List<List<String>> notificationsSheet(String service) throws Exception {
		ApiClient.Download download = fixtures.api()
			.download("audra", "/api/v1/exports/issue-log.xlsx?service=" + service);
		assertThat(download.status()).isEqualTo(200);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
			XSSFSheet sheet = workbook.getSheet("Notifications");
			DataFormatter text = new DataFormatter();
			List<List<String>> rows = new java.util.ArrayList<>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				List<String> cells = new java.util.ArrayList<>();
				for (int c = 0; c < 11; c++) {
					cells.add(text.formatCellValue(sheet.getRow(r).getCell(c)));
				}
				rows.add(cells);
			}
			return rows;
		}
	}

	private void moveClock(Duration fromStart) {
		ClockUtil.setCurrentTime(Date.from(start.plus(fromStart)));
	}

	private static List<MimeMessage> mailsTo(String address) {
		return Arrays.stream(mail.getReceivedMessages()).filter(message -> {
			try {
				return Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().contains(address));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	/** The acknowledge link's path and query, as a phone's mail client would open it. */
	private static String acknowledgeLink(MimeMessage message) {
		// undo quoted-printable: soft line breaks, and "=3D" for "=" (not every "3D": a
		// token may hold those two characters)
		Matcher matcher = ACKNOWLEDGE_LINK
			.matcher(GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "="));
		assertThat(matcher.find()).as("an acknowledge link in %s", GreenMailUtil.getBody(message)).isTrue();
		return matcher.group(1).replace("&amp;", "&");
	}

}
