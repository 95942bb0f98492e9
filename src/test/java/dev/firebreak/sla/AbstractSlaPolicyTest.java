package dev.firebreak.sla;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.ApiClient.Response;
import dev.firebreak.task.TaskFixtures;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SLA policies and calendars through the API: the refusals, and a policy changed twice
 * and deleted, each time giving the same incident's past figures anew, on its page and in
 * the monthly report alike.
 */
abstract class AbstractSlaPolicyTest {

	/** A Monday, 08:00 in Berlin: before the office opens. */
	private static final Instant DETECTED = Instant.parse("2035-03-05T07:00:00Z");

	@Autowired
	TaskFixtures fixtures;

	String service;

	@BeforeEach
	void setUp() {
		ClockUtil.setCurrentTime(Date.from(DETECTED));
		service = fixtures.service("sla-policy", 2, "ops");
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void changingThePolicyRecomputesPastFiguresTheSameWayEachTime() {
		String number = fixtures.report("rita", service, "Invoices are late", "CRITICAL", "HIGH");
		at("2035-03-05T07:20:00Z");
		fixtures.claim("rita", fixtures.openTask(number, "DIAGNOSIS"));
		at("2035-03-05T07:40:00Z");

		// no policy: the decision's P1 targets (15 minutes, 4 hours) round the clock
		assertClocks(number, "2035-03-05T07:15:00Z", true, "2035-03-05T11:00:00Z");
		assertThat(acknowledgedInTime(number)).isZero();

		long calendar = created(fixtures.api()
			.post("adam", "/api/v1/sla-calendars",
					calendar("Berlin office " + service, "Europe/Berlin", List.of("2035-12-25"))));
		Response created = fixtures.api()
			.post("adam", "/api/v1/sla-policies", policy(service, "PT30M", "PT8H", "CALENDAR_TIME", null));
		long policy = created(created);
		assertThat(created.body().get("acknowledgeWithin").asText()).isEqualTo("PT30M");
		assertThat(created.body().get("measure").asText()).isEqualTo("CALENDAR_TIME");
		assertClocks(number, "2035-03-05T07:30:00Z", false, "2035-03-05T15:00:00Z");
		assertThat(acknowledgedInTime(number)).isEqualTo(1);
		JsonNode terms = fixtures.api().get("rita", "/api/v1/incidents/" + number + "/sla").body();
		assertThat(terms.at("/policy/id").asLong()).isEqualTo(policy);

		Response changed = fixtures.api()
			.put("adam", "/api/v1/sla-policies/" + policy,
					policy(service, "PT10M", "PT2H", "BUSINESS_HOURS", calendar));
		assertThat(changed.status()).as(changed.body().toString()).isEqualTo(200);
		assertThat(changed.body().get("calendarName").asText()).isEqualTo("Berlin office " + service);
		// business hours from 09:00 Berlin (08:00 UTC): 10 minutes, 2 hours into the day
		assertClocks(number, "2035-03-05T08:10:00Z", false, "2035-03-05T10:00:00Z");
		at("2035-03-06T12:00:00Z");
		assertClocks(number, "2035-03-05T08:10:00Z", false, "2035-03-05T10:00:00Z");

		assertThat(fixtures.api().delete("adam", "/api/v1/sla-policies/" + policy).status()).isEqualTo(204);
		assertClocks(number, "2035-03-05T07:15:00Z", true, "2035-03-05T11:00:00Z");
		assertThat(acknowledgedInTime(number)).isZero();
	}

	@Test
	void badCalendarsAreRefusedNamingEachFieldAndNothingIsStored() {
		int before = fixtures.api().get("adam", "/api/v1/sla-calendars").body().size();
		Map<String, Object> bad = Map.of("name", "Bad " + service, "zone", "Mars/Olympus", "hours",
				Map.of("MONDAY", List.of("17:00-09:00"), "TUESDAY", List.of("09:00-13:00", "12:00-17:00"), "FUNDAY",
						List.of("09:00-17:00")),
				"holidays", List.of("2035-12-25", "2040-01-01", "Christmas"), "firstYear", 2035, "lastYear", 2036);

		Response refused = fixtures.api().post("adam", "/api/v1/sla-calendars", bad);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(fields(refused)).containsExactlyInAnyOrder("zone", "hours.MONDAY[0]", "hours.TUESDAY[1]",
				"hours.FUNDAY", "holidays[1]", "holidays[2]");
		assertThat(refused.body().get("detail").asText()).contains("ends before it starts", "overlaps 09:00-13:00",
				"outside the calendar's years 2035-2036");
		assertThat(fixtures.api().get("adam", "/api/v1/sla-calendars").body()).hasSize(before);
	}

	@Test
	void badPoliciesAreRefusedAndOnlyAdminsChangeThem() {
		int before = fixtures.api().get("rita", "/api/v1/sla-policies").body().size();
		Map<String, Object> bad = new java.util.HashMap<>(policy("no-such-service", "soon", "PT0S", "WEEKDAYS", null));
		bad.put("tier", 7);
		bad.put("priority", "P9");
		bad.put("name", " ");

		Response refused = fixtures.api().post("adam", "/api/v1/sla-policies", bad);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(fields(refused)).containsExactlyInAnyOrder("name", "service", "tier", "priority",
				"acknowledgeWithin", "resolveWithin", "measure");
		Response noCalendar = fixtures.api()
			.post("adam", "/api/v1/sla-policies", policy(service, "PT1H", "PT4H", "BUSINESS_HOURS", null));
		assertThat(noCalendar.status()).isEqualTo(400);
		assertThat(fields(noCalendar)).containsExactly("calendarId");
		assertThat(fixtures.api()
			.post("mona", "/api/v1/sla-policies", policy(service, "PT1H", "PT4H", null, null))
			.status()).as("managers read, admins change").isEqualTo(403);
		assertThat(fixtures.api().get("rita", "/api/v1/sla-policies").body()).hasSize(before);

		long policy = created(
				fixtures.api().post("adam", "/api/v1/sla-policies", policy(service, "PT1H", "PT4H", null, null)));
		Response twice = fixtures.api()
			.post("adam", "/api/v1/sla-policies", policy(service, "PT2H", "PT8H", null, null));
		assertThat(twice.status()).isEqualTo(409);
		assertThat(fields(twice)).containsExactly("service");
		assertThat(fixtures.api().get("rita", "/api/v1/sla-policies/" + policy).body().get("resolveWithin").asText())
			.isEqualTo("PT4H");
		assertThat(fixtures.api().delete("adam", "/api/v1/sla-policies/" + policy).status()).isEqualTo(204);
	}

	private void assertClocks(String number, String acknowledgeDue, boolean acknowledgeBreached, String resolveDue) {
		for (int read = 0; read < 2; read++) {
			JsonNode sla = fixtures.incident(number).get("sla");
			assertThat(sla.at("/acknowledge/due").asText()).isEqualTo(acknowledgeDue);
			assertThat(sla.at("/acknowledge/breached").asBoolean()).isEqualTo(acknowledgeBreached);
			assertThat(sla.at("/acknowledge/stoppedAt").asText()).isEqualTo("2035-03-05T07:20:00Z");
			assertThat(sla.at("/resolve/due").asText()).isEqualTo(resolveDue);
		}
	}

	/** The monthly report's count of this service's P1s acknowledged within the SLA. */
	private long acknowledgedInTime(String number) {
		JsonNode report = fixtures.api().get("mona", "/api/v1/reports/sla/2035-03").body();
		JsonNode row = report.get("services")
			.valueStream()
			.filter(s -> s.get("service").asText().equals(service))
			.findFirst()
			.orElseThrow();
		JsonNode p1 = row.get("priorities")
			.valueStream()
			.filter(p -> p.get("priority").asText().equals("P1"))
			.findFirst()
			.orElseThrow();
		assertThat(p1.get("acknowledged").asLong()).as(number).isEqualTo(1);
		return p1.get("acknowledgedWithinSla").asLong();
	}

	static Map<String, Object> calendar(String name, String zone, List<String> holidays) {
		return calendar(name, zone, holidays, 2035, 2036);
	}

	/** Monday to Friday, 09:00-17:00. */
	static Map<String, Object> calendar(String name, String zone, List<String> holidays, int firstYear, int lastYear) {
		Map<String, Object> calendar = new java.util.HashMap<>();
		calendar.put("name", name);
		calendar.put("zone", zone);
		List<String> office = List.of("09:00-17:00");
		calendar.put("hours",
				Map.of("MONDAY", office, "TUESDAY", office, "WEDNESDAY", office, "THURSDAY", office, "FRIDAY", office));
		calendar.put("holidays", holidays);
		calendar.put("firstYear", firstYear);
		calendar.put("lastYear", lastYear);
		return calendar;
	}

	static Map<String, Object> policy(String service, String acknowledge, String resolve, String measure,
			Long calendar) {
		Map<String, Object> policy = new java.util.HashMap<>();
		policy.put("name", "Contract of " + service);
		policy.put("service", service);
		policy.put("acknowledgeWithin", acknowledge);
		policy.put("resolveWithin", resolve);
		policy.put("measure", measure);
		policy.put("calendarId", calendar);
		return policy;
	}

	static long created(Response response) {
		assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
		return response.body().get("id").asLong();
	}

	static List<String> fields(Response response) {
		return response.body().get("errors").valueStream().map(error -> error.get("field").asText()).toList();
	}

	static void at(String instant) {
		ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
	}

}
