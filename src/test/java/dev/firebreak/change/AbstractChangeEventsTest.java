package dev.firebreak.change;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.ApiClient;
import dev.firebreak.intake.IntegrationType;
import dev.firebreak.notify.NotifyFixtures;
import dev.firebreak.security.Role;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Change events end to end, on H2 and on MariaDB: a deployment and a PagerDuty change
 * event posted over HTTP are stored once however often they are sent, show on the
 * incident of their service detected after them within the window (and not on others),
 * and count in the monthly report's change failure rate and the issue log's Changes
 * sheet. Each test has its own team, services, integrations and month.
 */
abstract class AbstractChangeEventsTest extends ChangeTestSupport {

	private static final DateTimeFormatter PAGERDUTY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxx")
		.withZone(ZoneOffset.UTC);

	@Autowired
	NotifyFixtures fixtures;

	Instant detection;

	@BeforeEach
	void setClock() {
		// the 15th at noon of a random month before 2038 (MySQL timestamps end there):
		// the
		// window before it stays in the month
		YearMonth month = YearMonth.of(2034, 1).plusMonths((long) (Math.random() * 40));
		detection = month.atDay(15).atTime(12, 0).toInstant(ZoneOffset.UTC);
		ClockUtil.setCurrentTime(Date.from(detection));
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void changesBeforeDetectionAreLinkedToTheIncidentAndCountedInTheChangeFailureRate() throws IOException {
		String team = fixtures.team();
		String responder = fixtures.person("ch", Role.RESPONDER, team);
		String checkout = fixtures.service(team);
		String search = fixtures.service(team);
		String deployments = key(IntegrationType.DEPLOYMENT, checkout);
		String pagerDuty = key(IntegrationType.PAGERDUTY, checkout);
		long before = storedChanges();

		Map<String, Object> deployment = deployment(checkout, "2.14.0", detection.minusSeconds(12 * 60));
		deployment.put("description", "Faster cart");
		deployment.put("author", "ci-bot");
		deployment.put("link", "https://ci.example.com/builds/8812");
		deployment.put("dedupKey", "deploy-8812");
		ApiClient.Response first = deploy(deployments, deployment);
		assertThat(first.status()).as("%s", first.body()).isEqualTo(202);
		assertThat(first.body().get("duplicate").asBoolean()).isFalse();
		ApiClient.Response again = deploy(deployments, deployment);
		assertThat(again.status()).isEqualTo(202);
		assertThat(again.body().get("duplicate").asBoolean()).as("the sender retried").isTrue();
		assertThat(again.body().get("id").asLong()).isEqualTo(first.body().get("id").asLong());

		ApiClient.Response flag = pagerDutyChange(Map.of("routing_key", pagerDuty, "payload",
				Map.of("summary", "Feature flag new-cart on for 10 %", "timestamp",
						PAGERDUTY_TIME.format(detection.minusSeconds(2 * 3600)), "source", "flagd", "custom_details",
						Map.of("flag", "new-cart")),
				"links", List.of(Map.of("href", "https://flags.example.com/new-cart", "text", "Flag history"))));
		assertThat(flag.status()).as("%s", flag.body()).isEqualTo(202);
		assertThat(flag.body().get("status").asText()).isEqualTo("success");

		// outside the window, and another service's
		assertThat(deploy(deployments, deployment(checkout, "2.13.0", detection.minusSeconds(5 * 3600))).status())
			.isEqualTo(202);
		assertThat(deploy(deployments, deployment(search, "7.1.0", detection.minusSeconds(10 * 60))).status())
			.isEqualTo(202);
		assertThat(storedChanges()).as("the retry stored nothing").isEqualTo(before + 4);

		String number = fixtures.reportP1(responder, checkout, "Checkout returns 502");
		ApiClient.Response read = api().get(responder, "/api/v1/incidents/" + number + "/changes");
		assertThat(read.status()).as("%s", read.body()).isEqualTo(200);
		JsonNode changes = read.body().get("changes");
		assertThat(changes.findValuesAsText("summary")).containsExactly("Version 2.14.0: Faster cart",
				"Feature flag new-cart on for 10 %");
		assertThat(changes.get(0).get("minutesBeforeDetection").asLong()).isEqualTo(12);
		assertThat(changes.get(0).get("source").asText()).isEqualTo("ci-bot");
		assertThat(changes.get(0).get("link").asText()).isEqualTo("https://ci.example.com/builds/8812");
		assertThat(changes.get(1).get("minutesBeforeDetection").asLong()).isEqualTo(120);
		assertThat(changes.get(1).get("source").asText()).isEqualTo("flagd");
		assertThat(changes.get(1).get("format").asText()).isEqualTo("PAGERDUTY");
		assertThat(changes.get(1).get("linkText").asText()).isEqualTo("Flag history");
		String outsider = fixtures.person("co", Role.RESPONDER, fixtures.team());
		assertThat(api().get(outsider, "/api/v1/incidents/" + number + "/changes").status()).isEqualTo(403);

		ClockUtil.setCurrentTime(Date.from(detection.plusSeconds(3600)));
		JsonNode report = api().get("mona", "/api/v1/reports/sla/" + YearMonth.from(detection.atZone(ZoneOffset.UTC)))
			.body();
		JsonNode checkoutChanges = row(report, checkout);
		assertThat(checkoutChanges.get("changes").asLong()).isEqualTo(3);
		assertThat(checkoutChanges.get("failedChanges").asLong()).as("the two within 4 h before it").isEqualTo(2);
		assertThat(checkoutChanges.get("incidentsAfterChanges").asLong()).isEqualTo(1);
		assertThat(checkoutChanges.get("failureRatePercent").asDouble()).isEqualTo(66.67);
		assertThat(checkoutChanges.get("team").asText()).isEqualTo(team);
		JsonNode searchChanges = row(report, search);
		assertThat(searchChanges.get("changes").asLong()).isEqualTo(1);
		assertThat(searchChanges.get("failureRatePercent").asDouble()).isZero();

		// the auditors' issue log lists the service's changes with the incident after
		// them
		ApiClient.Download log = api().download("audra", "/api/v1/exports/issue-log.xlsx?service=" + checkout);
		assertThat(log.status()).isEqualTo(200);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(log.body()))) {
			Sheet sheet = book.getSheet("Changes");
			List<String> followedBy = new ArrayList<>();
			for (int i = 1; i <= sheet.getLastRowNum(); i++) {
				Row row = sheet.getRow(i);
				assertThat(row.getCell(2).getStringCellValue()).isEqualTo(checkout);
				Cell cell = row.getCell(10);
				followedBy.add(
						row.getCell(3).getStringCellValue() + " -> " + (cell == null ? "" : cell.getStringCellValue()));
			}
			assertThat(followedBy).containsExactlyInAnyOrder("Version 2.14.0: Faster cart -> " + number,
					"Feature flag new-cart on for 10 % -> " + number, "Version 2.13.0 -> ");
		}
	}

	private static JsonNode row(JsonNode report, String service) {
		return report.get("changes")
			.valueStream()
			.filter(row -> row.get("service").asText().equals(service))
			.findFirst()
			.orElseThrow(() -> new AssertionError(service + " not in " + report.get("changes")));
	}

	private static Map<String, Object> deployment(String service, String version, Instant at) {
		Map<String, Object> body = new HashMap<>();
		body.put("service", service);
		body.put("version", version);
		body.put("deployedAt", at.toString());
		return body;
	}

}
