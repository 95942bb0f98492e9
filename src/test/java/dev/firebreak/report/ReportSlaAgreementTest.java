package dev.firebreak.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.ApiClient;
import dev.firebreak.ApiClient.Response;
import dev.firebreak.FirebreakTest;
import dev.firebreak.incident.Priority;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static dev.firebreak.report.AbstractReportFiguresTest.at;
import static dev.firebreak.report.ReportAssertions.row;
import static dev.firebreak.report.ReportAssertions.rows;
import static dev.firebreak.report.ReportTestData.number;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports count an incident's acknowledge clock as the incident page shows it (sla's
 * {@code SlaState}), also for incidents that monitoring saw recover before anyone
 * acknowledged them, where the clock stops at the recovery. April 2030, used by no other
 * test.
 */
@FirebreakTest
class ReportSlaAgreementTest {

	@Autowired
	ReportTestData data;

	ApiClient api;

	@BeforeEach
	void setUp() {
		api = data.api();
	}

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
	}

	@Test
	void reportsAndTheIncidentPageAgreeOnIncidentsThatRecoveredBeforeAnyoneAcknowledged() {
		String service = data.service("sla-agree", 2, "ops");
		Map<Long, String> days = new LinkedHashMap<>();
		List<Long> ids = new ArrayList<>();
		// recovered 10 minutes before the acknowledge due time; nobody acknowledged
		days.put(recovered(service, "2030-04-03", "10:20", null), "2030-04-03");
		// recovered 10 minutes after it; nobody acknowledged
		days.put(recovered(service, "2030-04-04", "10:40", null), "2030-04-04");
		// recovered in time, its verification taken after the due time
		days.put(recovered(service, "2030-04-05", "10:20", "11:00"), "2030-04-05");
		// recovered in time, its verification taken in time
		days.put(recovered(service, "2030-04-06", "10:20", "10:25"), "2030-04-06");
		ids.addAll(days.keySet());
		at("2030-05-02T00:00:00Z");

		JsonNode sla = ok("/api/v1/reports/sla/2030-04");
		JsonNode p2 = priority(row(sla.get("services"), service).get("priorities"), "P2");
		List<String> breachesOnThePage = new ArrayList<>();
		long stopped = 0;
		long met = 0;
		for (Map.Entry<Long, String> incident : days.entrySet()) {
			JsonNode clock = ok("/api/v1/incidents/" + number(incident.getKey())).at("/sla/acknowledge");
			assertThat(clock.get("stoppedAt").isNull()).as("stopped on the page").isFalse();
			stopped++;
			boolean breached = clock.get("breached").asBoolean();
			if (breached) {
				breachesOnThePage.add(number(incident.getKey()) + " " + clock.get("stoppedAt").asText());
			}
			else {
				met++;
			}
			// the daily report of the day the clock stopped: one clock, in time or not
			JsonNode daily = ok("/api/v1/reports/daily/" + incident.getValue());
			JsonNode share = row(daily.at("/evaluation/services"), service).at("/figures/ackCompliancePercent/value");
			assertThat(share.asDouble()).as("daily acknowledge compliance of " + incident.getValue())
				.isEqualTo(breached ? 0.0 : 100.0);
		}
		assertThat(p2.get("acknowledged").asLong()).isEqualTo(stopped);
		assertThat(p2.get("acknowledgedWithinSla").asLong()).isEqualTo(met);
		assertThat(rows(sla.get("breaches"), service))
			.filteredOn(breach -> breach.get("clock").asText().equals("acknowledge"))
			.extracting(breach -> breach.get("incident").asText() + " " + breach.get("stoppedAt").asText())
			.containsExactlyElementsOf(breachesOnThePage);
		// what the page shows: stopped at the recovery when nobody had taken the incident
		assertThat(breachesOnThePage).contains(number(ids.get(1)) + " 2030-04-04T10:40:00Z")
			.noneMatch(breach -> breach.startsWith(number(ids.get(0)) + " "));
		assertThat(met).isPositive();
	}

	/**
	 * A P2 incident detected at 10:00, acknowledge due at 10:30, recovered at
	 * {@code recovered}.
	 */
	private long recovered(String service, String day, String recovered, String acknowledged) {
		ReportTestData.IncidentBuilder incident = data.incident(service, Priority.P2)
			.detected(day + "T10:00:00Z")
			.due(day + "T10:30:00Z", day + "T18:00:00Z")
			.recoveredUnacknowledged(day + "T" + recovered + ":00Z");
		if (acknowledged != null) {
			incident.acknowledged(day + "T" + acknowledged + ":00Z");
		}
		return incident.insert();
	}

	private static JsonNode priority(JsonNode priorities, String priority) {
		for (JsonNode row : priorities) {
			if (row.get("priority").asText().equals(priority)) {
				return row;
			}
		}
		throw new AssertionError("no row for " + priority);
	}

	private JsonNode ok(String path) {
		Response response = api.get("mona", path);
		assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
		return response.body();
	}

}
