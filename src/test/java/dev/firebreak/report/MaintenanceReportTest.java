package dev.firebreak.report;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.ApiClient;
import dev.firebreak.FirebreakTest;
import dev.firebreak.suppression.AlertFacts;
import dev.firebreak.suppression.Suppressions;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Maintenance in the reports: a service checked every hour on 2031-05-12 is down during
 * its two-hour window and up outside it. The daily and monthly reports show the window's
 * time and availability during and outside it apart; the monthly SLA uptime leaves the
 * window out (the default setting), so the target is met although the month's samples are
 * a third down; the issue log lists the window and the alert it suppressed.
 */
@FirebreakTest
class MaintenanceReportTest {

	@Autowired
	ReportTestData data;

	@Autowired
	Suppressions suppressions;

	@LocalServerPort
	int port;

	@AfterEach
	void tearDown() {
		data.deleteProbes();
		ClockUtil.reset();
	}

	@Test
	void maintenanceIsReportedApartAndLeftOutOfTheSla() throws Exception {
		ApiClient api = data.api();
		at("2031-05-10T00:00:00Z");
		String service = data.service("maint", 1, "ops");
		long probe = data.probe(service);
		ApiClient.Response window = api.post("mona", "/api/v1/maintenance-windows",
				Map.of("service", service, "startsAt", "2031-05-12T10:00:00Z", "endsAt", "2031-05-12T12:00:00Z",
						"description", "Disk array swap"));
		assertThat(window.status()).as(window.body().toString()).isEqualTo(201);
		long windowId = window.body().get("id").asLong();
		for (String hour : List.of("08", "09", "12", "13")) {
			data.sample(probe, "2031-05-12T" + hour + ":30:00Z", true, 100);
		}
		data.sample(probe, "2031-05-12T10:30:00Z", false, null);
		data.sample(probe, "2031-05-12T11:30:00Z", false, null);
		long alertId = 8_000_000_000L + (System.nanoTime() % 1_000_000_000L);
		assertThat(suppressions.suppress(new AlertFacts(alertId, service, Map.of("alertname", "DiskArrayDown"),
				Instant.parse("2031-05-12T10:40:00Z"), "Disk array down", "alertmanager")))
			.isPresent();

		at("2031-06-02T00:00:00Z");
		JsonNode daily = api.post("mona", "/api/v1/reports/daily/2031-05-12/regenerate", Map.of()).body();
		JsonNode maintenance = row(daily.get("monitoring").get("services"), service).get("maintenance");
		assertThat(maintenance.get("windows").asInt()).isEqualTo(1);
		assertThat(maintenance.get("seconds").asLong()).isEqualTo(7200);
		assertThat(maintenance.get("samples").asLong()).isEqualTo(2);
		assertThat(maintenance.get("uptimePercent").asDouble()).isZero();
		assertThat(maintenance.get("outsideSamples").asLong()).isEqualTo(4);
		assertThat(maintenance.get("outsideUptimePercent").asDouble()).isEqualTo(100.0);
		assertThat(maintenance.get("suppressedAlerts").asLong()).isEqualTo(1);

		JsonNode monthly = api.get("mona", "/api/v1/reports/sla/2031-05").body();
		assertThat(monthly.get("maintenanceExcluded").asBoolean()).isTrue();
		JsonNode sla = row(monthly.get("services"), service);
		assertThat(sla.get("uptimePercent").asDouble()).isCloseTo(66.667, within(0.001));
		assertThat(sla.get("slaUptimePercent").asDouble()).isEqualTo(100.0);
		assertThat(sla.get("targetMet").asBoolean()).as("maintenance does not count against the target").isTrue();
		assertThat(sla.get("maintenance").get("seconds").asLong()).isEqualTo(7200);
		assertThat(row(api.get("otto", "/api/v1/reports/sla/2031-05").body().get("services"), service))
			.as("another team's service")
			.isNull();

		assertThat(page("/reports/sla?month=2031-05")).contains("id=\"maintenance\"",
				"data-service=\"" + service + "\"", "leaves out the samples taken during maintenance windows");
		assertThat(page("/reports/daily?date=2031-05-12")).contains("id=\"maintenance\"", "2 h");

		ApiClient.Download log = api.download("audra", "/api/v1/exports/issue-log.xlsx?service=" + service
				+ "&from=2031-05-01T00:00:00Z&to=2031-06-01T00:00:00Z");
		assertThat(log.status()).isEqualTo(200);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(log.body()))) {
			assertThat(texts(book.getSheet("Suppressed alerts")))
				.containsExactly(List.of(String.valueOf(alertId), service, "Disk array down", "alertmanager",
						"maintenance", String.valueOf(windowId), "alertname=DiskArrayDown"));
			assertThat(texts(book.getSheet("Maintenance windows")))
				.anySatisfy(cells -> assertThat(cells).contains(String.valueOf(windowId), service, "Disk array swap"));
		}
	}

	private static void at(String instant) {
		ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
	}

	private static JsonNode row(JsonNode rows, String service) {
		for (JsonNode row : rows) {
			if (row.get("service").asText().equals(service)) {
				return row;
			}
		}
		return null;
	}

	/** Each data row's text and whole-number cells, as text. */
	private static List<List<String>> texts(Sheet sheet) {
		List<List<String>> rows = new ArrayList<>();
		for (Row row : sheet) {
			if (row.getRowNum() == 0) {
				continue;
			}
			List<String> cells = new ArrayList<>();
			row.forEach(cell -> {
				switch (cell.getCellType()) {
					case STRING -> cells.add(cell.getStringCellValue());
					case NUMERIC -> {
						if (!org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
							cells.add(String.valueOf((long) cell.getNumericCellValue()));
						}
					}
					default -> {
					}
				}
			});
			rows.add(cells);
		}
		return rows;
	}

	private String page(String path) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Authorization",
						"Basic " + Base64.getEncoder()
							.encodeToString(("mona:" + ApiClient.PASSWORD).getBytes(StandardCharsets.UTF_8)))
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

}
