package dev.firebreak.status;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.ApiClient;
import dev.firebreak.FirebreakTest;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.notify.NotifyFixtures;
import dev.firebreak.security.Role;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feedback given on the status page is seen inside, and only by whoever may see the
 * incident: on the incident page and its API, in the daily report's evaluation, in the
 * monthly report, and in the issue-log workbook; a responder of another team finds it in
 * none of them.
 */
@FirebreakTest
class UserFeedbackInsideTest {

	@LocalServerPort
	int port;

	@Autowired
	NotifyFixtures fixtures;

	@Autowired
	StatusFeedback feedback;

	@Autowired
	IncidentService incidents;

	@Autowired
	Clock clock;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void feedbackShowsOnTheIncidentInTheReportsAndInTheIssueLog() throws Exception {
		ApiClient api = fixtures.api();
		String team = fixtures.team();
		String responder = fixtures.person("fbowner", Role.RESPONDER, team);
		String stranger = fixtures.person("fbstranger", Role.RESPONDER, fixtures.team());
		String service = fixtures.service(team);
		String number = fixtures.reportP1(responder, service, "Card payments fail");
		long id = incidents.get(number).id();
		answer(id, 9001, 5, "Clear and quick");
		answer(id, 9002, 2, null);

		JsonNode own = api.get(responder, "/api/v1/incidents/" + number + "/feedback").body();
		assertThat(own.get("answers").asLong()).isEqualTo(2);
		assertThat(own.get("averageRating").asDouble()).isEqualTo(3.5);
		assertThat(own.get("ratings").get(0).get("comment").asText()).isEqualTo("Clear and quick");
		assertThat(own.toString()).as("nothing says who answered").doesNotContain("9001", "subscriber");
		assertThat(api.get(stranger, "/api/v1/incidents/" + number + "/feedback").status()).isEqualTo(403);
		assertThat(api.get(responder, "/api/v1/incidents/INC-999999999/feedback").status()).isEqualTo(404);

		assertThat(page(responder, "/incidents/" + number)).contains("User feedback", "Clear and quick",
				"average 3.5 of 5");

		String month = YearMonth.from(clock.instant().atZone(ZoneOffset.UTC)).toString();
		JsonNode monthly = api.get("mona", "/api/v1/reports/sla/" + month).body().get("userFeedback");
		assertThat(row(monthly, number).get("answers").asLong()).isEqualTo(2);
		assertThat(row(monthly, number).get("team").asText()).isEqualTo(team);
		assertThat(row(api.get(responder, "/api/v1/reports/sla/" + month).body().get("userFeedback"), number))
			.isNotNull();
		JsonNode strangers = api.get(stranger, "/api/v1/reports/sla/" + month).body().get("userFeedback");
		assertThat(row(strangers, number)).as("another team's incident").isNull();
		assertThat(page("mona", "/reports/sla?month=" + month)).contains("User feedback", number, "Clear and quick");
		assertThat(page(stranger, "/reports/sla?month=" + month)).doesNotContain(number, "Clear and quick");

		// the day is reported once it is over
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		ClockUtil.setCurrentTime(Date.from(clock.instant().plus(Duration.ofDays(1))));
		try {
			ApiClient.Response daily = api.post("mona", "/api/v1/reports/daily/" + today + "/regenerate", Map.of());
			assertThat(daily.status()).isEqualTo(200);
			assertThat(daily.body().get("zone").asText()).isEqualTo("UTC");
			JsonNode evaluation = daily.body().get("evaluation").get("userFeedback");
			assertThat(row(evaluation, number).get("averageRating").asDouble()).isEqualTo(3.5);
			assertThat(row(evaluation, number).get("comments").toString()).contains("Clear and quick");
			assertThat(row(
					api.get(stranger, "/api/v1/reports/daily/" + today).body().get("evaluation").get("userFeedback"),
					number))
				.isNull();
			assertThat(page(responder, "/reports/daily?date=" + today)).contains("User feedback", "Clear and quick");
		}
		finally {
			ClockUtil.reset();
		}

		ApiClient.Download workbook = api.download("audra", "/api/v1/exports/issue-log.xlsx?service=" + service);
		assertThat(workbook.status()).isEqualTo(200);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook.body()))) {
			Sheet sheet = book.getSheet("User feedback");
			assertThat(sheet).isNotNull();
			assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Rating (1-5)");
			List<String> rows = new ArrayList<>();
			for (Row row : sheet) {
				if (row.getRowNum() > 0) {
					rows.add(row.getCell(1).getStringCellValue() + " " + (long) row.getCell(3).getNumericCellValue()
							+ " " + (row.getCell(4) == null ? "" : row.getCell(4).getStringCellValue()));
				}
			}
			assertThat(rows).containsExactly(number + " 5 Clear and quick", number + " 2 ");
		}
	}

	/** Answers the survey as the mailed link would. */
	private void answer(long incidentId, long subscriberId, int rating, String comment) {
		String link = feedback.link(incidentId, subscriberId);
		long expires = Long.parseLong(link.replaceAll(".*[?&]e=(\\d+).*", "$1"));
		String signature = link.replaceAll(".*[?&]sig=([^&]+).*", "$1");
		assertThat(feedback.answer(incidentId, subscriberId, expires, signature, rating, comment))
			.isEqualTo(StatusFeedback.Answer.RECORDED);
	}

	private static JsonNode row(JsonNode feedback, String number) {
		for (JsonNode row : feedback.get("incidents")) {
			if (row.get("incident").asText().equals(number)) {
				return row;
			}
		}
		return null;
	}

	private String page(String user, String path) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString((user + ":" + ApiClient.PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

}
