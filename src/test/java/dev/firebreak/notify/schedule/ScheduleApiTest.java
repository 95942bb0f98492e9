package dev.firebreak.notify.schedule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.ApiClient;
import dev.firebreak.ApiClient.Response;
import dev.firebreak.FirebreakTest;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schedules API over real HTTP: what it stores and answers, what it refuses (naming
 * every field, writing nothing), and who may change what.
 */
@FirebreakTest
class ScheduleApiTest {

	/** A Wednesday; the clock stands still here while a test runs. */
	static final Instant NOW = Instant.parse("2025-03-05T12:00:00Z");

	@LocalServerPort
	int port;

	ApiClient api;

	final List<Long> created = new ArrayList<>();

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
		ClockUtil.setCurrentTime(Date.from(NOW));
	}

	@AfterEach
	void tearDown() {
		created.forEach(id -> api.delete("adam", "/api/v1/schedules/" + id));
		ClockUtil.reset();
	}

	@Test
	void aManagerCreatesReadsReplacesAndDeletesASchedule() {
		String name = unique("Primary");
		Response response = api.post("mona", "/api/v1/schedules", schedule(name));

		assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
		JsonNode schedule = response.body();
		long id = schedule.get("id").asLong();
		created.add(id);
		assertThat(response.headers().getLocation()).hasToString("/api/v1/schedules/" + id);
		assertThat(schedule.get("team").asText()).isEqualTo("ops");
		assertThat(schedule.get("name").asText()).isEqualTo(name);
		assertThat(schedule.get("timeZone").asText()).isEqualTo("Europe/Berlin");
		assertThat(schedule.get("version").asInt()).isZero();
		assertThat(schedule.has("feedGeneration")).as("internal").isFalse();
		JsonNode layer = schedule.at("/layers/0");
		assertThat(layer.get("rotation").asText()).isEqualTo("DAILY");
		assertThat(layer.get("lengthHours").asInt()).as("filled in for daily").isEqualTo(24);
		assertThat(layer.get("handoffTime").asText()).isEqualTo("09:00:00");
		assertThat(layer.get("startDate").asText()).isEqualTo("2025-03-01");
		assertThat(layer.get("participants").toString()).isEqualTo("[\"rita\",\"ravi\"]");
		assertThat(api.get("audra", "/api/v1/schedules/" + id).body()).as("everyone reads").isEqualTo(schedule);
		assertThat(api.get("otto", "/api/v1/schedules?team=ops").body().findValuesAsText("name")).contains(name);
		assertThat(api.get("otto", "/api/v1/schedules?team=other").body().findValuesAsText("name"))
			.doesNotContain(name);

		Map<String, Object> change = schedule(name + " (renamed)");
		change.put("version", 0);
		change.put("layers", List.of(layer("CUSTOM", 12, "08:00", "2025-03-01", List.of("ravi"),
				List.of(Map.of("days", List.of("MONDAY", "TUESDAY"), "from", "08:00", "to", "20:00")))));
		Response replaced = api.put("mona", "/api/v1/schedules/" + id, change);

		assertThat(replaced.status()).as(replaced.body().toString()).isEqualTo(200);
		assertThat(replaced.body().get("name").asText()).isEqualTo(name + " (renamed)");
		assertThat(replaced.body().get("version").asInt()).isEqualTo(1);
		assertThat(replaced.body().at("/layers/0/lengthHours").asInt()).isEqualTo(12);
		assertThat(replaced.body().at("/layers/0/restrictions/0/days").toString())
			.isEqualTo("[\"MONDAY\",\"TUESDAY\"]");
		assertThat(api.get("rita", "/api/v1/schedules/" + id).body()).isEqualTo(replaced.body());

		Response stale = api.put("mona", "/api/v1/schedules/" + id, change);
		assertThat(stale.status()).as("made from version 0, which is gone").isEqualTo(409);
		assertThat(stale.contentType()).isEqualTo("application/problem+json");
		assertThat(api.get("mona", "/api/v1/schedules/" + id).body()).isEqualTo(replaced.body());

		assertThat(api.delete("mona", "/api/v1/schedules/" + id).status()).isEqualTo(204);
		assertThat(api.get("mona", "/api/v1/schedules/" + id).status()).isEqualTo(404);
		assertThat(api.delete("mona", "/api/v1/schedules/" + id).status()).isEqualTo(404);
	}

	@Test
	void whoIsOnCallNowAndAtAnotherTimeAndTheShiftsBetween() {
		long id = create("mona", schedule(unique("Primary")));
		// turn k starts 2025-03-01 09:00 Berlin (08:00 UTC) + k days: rita, ravi, rita,
		// ravi, rita (5 March)

		JsonNode now = onCall(api.get("otto", "/api/v1/on-call?team=ops").body(), id);
		assertThat(now.get("username").asText()).isEqualTo("rita");
		assertThat(now.get("displayName").asText()).isEqualTo("Rita Responder");
		assertThat(now.get("team").asText()).isEqualTo("ops");
		assertThat(now.get("until").asText()).isEqualTo("2025-03-06T08:00:00Z");
		assertThat(onCall(api.get("audra", "/api/v1/on-call").body(), id)).as("every team").isEqualTo(now);

		JsonNode tomorrow = onCall(api.get("rita", "/api/v1/on-call?team=ops&at=2025-03-06T10:00:00Z").body(), id);
		assertThat(tomorrow.get("username").asText()).isEqualTo("ravi");
		assertThat(api.get("rita", "/api/v1/on-call?team=other").body().findValuesAsText("scheduleId"))
			.doesNotContain(String.valueOf(id));

		Response shifts = api.get("otto",
				"/api/v1/schedules/" + id + "/shifts?from=2025-03-05T00:00:00Z&to=2025-03-07T00:00:00Z");
		assertThat(shifts.status()).isEqualTo(200);
		assertThat(describe(shifts.body())).containsExactly("ravi 2025-03-05T00:00:00Z-2025-03-05T08:00:00Z LAYER",
				"rita 2025-03-05T08:00:00Z-2025-03-06T08:00:00Z LAYER",
				"ravi 2025-03-06T08:00:00Z-2025-03-07T00:00:00Z LAYER");
		assertThat(api.get("otto", "/api/v1/schedules/" + id + "/shifts").body()).as("from now, two weeks")
			.hasSize(14 + 1);
	}

	@Test
	void aResponderOfTheTeamCoversAColleagueAndAnotherDeletesIt() {
		long id = create("mona", schedule(unique("Primary")));

		Response added = api.post("ravi", "/api/v1/schedules/" + id + "/overrides", Map.of("username", "ravi", "start",
				"2025-03-05T11:00:00Z", "end", "2025-03-05T15:00:00Z", "note", "covering for Rita"));

		assertThat(added.status()).as(added.body().toString()).isEqualTo(201);
		long overrideId = added.body().get("id").asLong();
		assertThat(added.headers().getLocation()).hasToString("/api/v1/schedules/" + id + "/overrides/" + overrideId);
		assertThat(added.body().get("createdBy").asText()).isEqualTo("ravi");
		assertThat(api.get("audra", "/api/v1/schedules/" + id + "/overrides").body().findValuesAsText("note"))
			.containsExactly("covering for Rita");
		JsonNode now = onCall(api.get("otto", "/api/v1/on-call?team=ops").body(), id);
		assertThat(now.get("username").asText()).isEqualTo("ravi");
		assertThat(now.get("until").asText()).isEqualTo("2025-03-05T15:00:00Z");
		assertThat(describe(
				api.get("otto", "/api/v1/schedules/" + id + "/shifts?from=2025-03-05T10:00:00Z&to=2025-03-05T16:00:00Z")
					.body()))
			.containsExactly("rita 2025-03-05T10:00:00Z-2025-03-05T11:00:00Z LAYER",
					"ravi 2025-03-05T11:00:00Z-2025-03-05T15:00:00Z OVERRIDE",
					"rita 2025-03-05T15:00:00Z-2025-03-05T16:00:00Z LAYER");

		assertThat(api.delete("otto", "/api/v1/schedules/" + id + "/overrides/" + overrideId).status())
			.as("otto is not in ops")
			.isEqualTo(403);
		assertThat(api.delete("rita", "/api/v1/schedules/" + id + "/overrides/" + overrideId).status()).isEqualTo(204);
		assertThat(api.delete("rita", "/api/v1/schedules/" + id + "/overrides/" + overrideId).status()).isEqualTo(404);
		assertThat(onCall(api.get("otto", "/api/v1/on-call?team=ops").body(), id).get("username").asText())
			.isEqualTo("rita");
	}

	static Stream<Arguments> badSchedules() {
		return Stream.of(refused("an unknown time zone", s -> s.put("timeZone", "Mars/Olympus_Mons"), "timeZone"),
				refused("no time zone", s -> s.remove("timeZone"), "timeZone"),
				refused("no layers", s -> s.put("layers", List.of()), "layers"),
				refused("a rotation with no participants",
						s -> s.put("layers", List.of(layer("DAILY", 0, "09:00", "2025-03-01", List.of(), List.of()))),
						"layers[0].participants"),
				refused("a participant who is nobody", s -> s.put("layers",
						List.of(layer("DAILY", 0, "09:00", "2025-03-01", List.of("rita", "zed-nobody"), List.of()))),
						"layers[0].participants[1]"),
				refused("an unknown team", s -> s.put("team", "no-such-team"), "team"),
				refused("a custom rotation under an hour",
						s -> s.put("layers",
								List.of(layer("CUSTOM", 0, "09:00", "2025-03-01", List.of("rita"), List.of()))),
						"layers[0].lengthHours"),
				refused("a daily rotation of 12 hours",
						s -> s.put("layers",
								List.of(layer("DAILY", 12, "09:00", "2025-03-01", List.of("rita"), List.of()))),
						"layers[0].lengthHours"),
				refused("a restriction that leaves no time",
						s -> s.put("layers",
								List.of(layer("DAILY", 0, "09:00", "2025-03-01", List.of("rita"),
										List.of(Map.of("from", "09:00", "to", "09:00"))))),
						"layers[0].restrictions[0].to"),
				refused("restrictions that overlap",
						s -> s.put("layers",
								List.of(layer("DAILY", 0, "09:00", "2025-03-01", List.of("rita"),
										List.of(Map.of("days", List.of("FRIDAY"), "from", "22:00", "to", "06:00"),
												Map.of("days", List.of("SATURDAY"), "from", "05:00", "to", "07:00"))))),
						"layers[0].restrictions[1]"),
				refused("every mistake at once", s -> {
					s.put("timeZone", "Nowhere/Special");
					s.put("name", " ");
					s.put("layers", List.of(layer("DAILY", 0, "09:00", "2025-03-01", List.of("rita"), List.of()), layer(
							"CUSTOM", 0, null, null, List.of(), List.of(Map.of("from", "10:00", "to", "10:00")))));
				}, "layers[1].handoffTime", "layers[1].lengthHours", "layers[1].participants",
						"layers[1].restrictions[0].to", "layers[1].startDate", "name", "timeZone"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badSchedules")
	void aBadScheduleIsRefusedNamingTheFieldAndNothingIsSaved(String description, Consumer<Map<String, Object>> change,
			List<String> fields) {
		Map<String, Object> request = schedule(unique("Bad"));
		change.accept(request);
		int before = api.get("adam", "/api/v1/schedules").body().size();

		Response response = api.post("mona", "/api/v1/schedules", request);

		assertRefused(response, fields);
		assertThat(api.get("adam", "/api/v1/schedules").body().size()).as("nothing saved").isEqualTo(before);
	}

	@Test
	void aReplacementIsCheckedTooAndChangesNothing() {
		long id = create("mona", schedule(unique("Primary")));
		JsonNode before = api.get("mona", "/api/v1/schedules/" + id).body();
		Map<String, Object> change = schedule(unique("Primary"));
		change.put("team", "other");
		change.put("timeZone", "Europe/Atlantis");

		assertRefused(api.put("mona", "/api/v1/schedules/" + id, change), List.of("team", "timeZone", "version"));
		assertThat(api.get("mona", "/api/v1/schedules/" + id).body()).isEqualTo(before);
	}

	@Test
	void aNameTheTeamAlreadyHasIsAConflictNamingTheField() {
		String name = unique("Primary");
		create("mona", schedule(name));
		int before = api.get("adam", "/api/v1/schedules").body().size();

		Response response = api.post("adam", "/api/v1/schedules", schedule(name));

		assertThat(response.status()).isEqualTo(409);
		assertThat(response.contentType()).isEqualTo("application/problem+json");
		assertThat(response.body().at("/errors/0/field").asText()).isEqualTo("name");
		assertThat(api.get("adam", "/api/v1/schedules").body().size()).isEqualTo(before);
		Map<String, Object> otherTeam = schedule(name);
		otherTeam.put("team", "other");
		assertThat(create("mona", otherTeam)).as("another team may use the name").isPositive();
	}

	static Stream<Arguments> badOverrides() {
		return Stream.of(
				Arguments.of("ending before it starts",
						Map.of("username", "ravi", "start", "2025-03-05T15:00:00Z", "end", "2025-03-05T11:00:00Z"),
						List.of("end")),
				Arguments.of("ending as it starts",
						Map.of("username", "ravi", "start", "2025-03-05T15:00:00Z", "end", "2025-03-05T15:00:00Z"),
						List.of("end")),
				Arguments.of("for somebody unknown",
						Map.of("username", "zed-nobody", "start", "2025-03-05T11:00:00Z", "end",
								"2025-03-05T15:00:00Z"),
						List.of("username")),
				Arguments.of("with nothing in it", Map.of(), List.of("end", "start", "username")));
	}

	@ParameterizedTest(name = "an override {0}")
	@MethodSource("badOverrides")
	void aBadOverrideIsRefusedNamingTheFieldAndNothingIsSaved(String description, Map<String, Object> override,
			List<String> fields) {
		long id = create("mona", schedule(unique("Primary")));

		assertRefused(api.post("ravi", "/api/v1/schedules/" + id + "/overrides", override), fields);
		assertThat(api.get("ravi", "/api/v1/schedules/" + id + "/overrides?from=2000-01-01T00:00:00Z").body())
			.isEmpty();
	}

	@Test
	void aRangeOfShiftsLongerThan62DaysIsRefused() {
		long id = create("mona", schedule(unique("Primary")));

		assertRefused(
				api.get("rita",
						"/api/v1/schedules/" + id + "/shifts?from=2025-03-01T00:00:00Z&to=2025-05-03T00:00:01Z"),
				List.of("to"));
		assertRefused(
				api.get("rita",
						"/api/v1/schedules/" + id + "/shifts?from=2025-03-01T00:00:00Z&to=2025-03-01T00:00:00Z"),
				List.of("to"));
	}

	@Test
	void onlyTheTeamsManagersAndAdminsShapeItsSchedules() {
		String team = "sched-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(api.post("adam", "/api/v1/teams", Map.of("name", team)).status()).isEqualTo(201);
		int before = api.get("adam", "/api/v1/schedules").body().size();

		Map<String, Object> elsewhere = schedule(unique("Primary"));
		elsewhere.put("team", team);
		assertDenied(api.post("mona", "/api/v1/schedules", elsewhere));
		assertDenied(api.post("rita", "/api/v1/schedules", schedule(unique("Primary"))));
		assertDenied(api.post("audra", "/api/v1/schedules", schedule(unique("Primary"))));
		assertThat(api.get("adam", "/api/v1/schedules").body().size()).as("nothing saved").isEqualTo(before);

		long id = create("adam", elsewhere);
		JsonNode stored = api.get("rita", "/api/v1/schedules/" + id).body();
		Map<String, Object> change = schedule("Changed");
		change.put("team", team);
		change.put("version", 0);
		assertDenied(api.put("mona", "/api/v1/schedules/" + id, change));
		assertDenied(api.delete("mona", "/api/v1/schedules/" + id));
		assertDenied(api.post("mona", "/api/v1/schedules/" + id + "/overrides",
				Map.of("username", "mona", "start", "2025-03-05T11:00:00Z", "end", "2025-03-05T15:00:00Z")));
		assertDenied(api.post("mona", "/api/v1/schedules/" + id + "/feed/revoke", Map.of()));
		assertThat(api.get("rita", "/api/v1/schedules/" + id).body()).isEqualTo(stored);

		long ops = create("mona", schedule(unique("Primary")));
		assertDenied(api.put("rita", "/api/v1/schedules/" + ops, change));
		assertDenied(api.delete("ravi", "/api/v1/schedules/" + ops));
		assertDenied(api.post("otto", "/api/v1/schedules/" + ops + "/overrides",
				Map.of("username", "otto", "start", "2025-03-05T11:00:00Z", "end", "2025-03-05T15:00:00Z")));
		assertDenied(api.post("rita", "/api/v1/schedules/" + ops + "/feed/revoke", Map.of()));
		assertThat(api.get("rita", "/api/v1/schedules/" + ops + "/overrides?from=2000-01-01T00:00:00Z").body())
			.isEmpty();
		assertThat(api.get(null, "/api/v1/schedules/" + ops).status()).as("signed in only").isEqualTo(401);
	}

	@Test
	void theEndpointsAreInTheOpenApiDocument() {
		JsonNode paths = api.get("adam", "/v3/api-docs").body().get("paths");

		assertThat(paths.has("/api/v1/schedules")).isTrue();
		assertThat(paths.get("/api/v1/schedules/{id}").has("put")).isTrue();
		assertThat(paths.get("/api/v1/schedules/{id}/overrides/{overrideId}").has("delete")).isTrue();
		assertThat(paths.get("/api/v1/schedules/{id}/shifts").at("/get/summary").asText())
			.isEqualTo("Shifts over a range");
		assertThat(paths.has("/api/v1/on-call")).isTrue();
		assertThat(paths.has("/api/v1/schedules/{id}/feed/revoke")).isTrue();
		assertThat(paths.has("/api/v1/me/calendar-feed")).isTrue();
	}

	private long create(String user, Map<String, Object> request) {
		Response response = api.post(user, "/api/v1/schedules", request);
		assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
		long id = response.body().get("id").asLong();
		created.add(id);
		return id;
	}

	static Map<String, Object> schedule(String name) {
		Map<String, Object> request = new HashMap<>();
		request.put("team", "ops");
		request.put("name", name);
		request.put("description", "Who answers pages for ops");
		request.put("timeZone", "Europe/Berlin");
		request.put("layers", List.of(layer("DAILY", 0, "09:00", "2025-03-01", List.of("rita", "ravi"), List.of())));
		return request;
	}

	static Map<String, Object> layer(String rotation, int hours, String handoff, String start,
			List<String> participants, List<Map<String, Object>> restrictions) {
		Map<String, Object> layer = new HashMap<>();
		layer.put("rotation", rotation);
		if (hours > 0) {
			layer.put("lengthHours", hours);
		}
		layer.put("handoffTime", handoff);
		layer.put("startDate", start);
		layer.put("participants", participants);
		layer.put("restrictions", restrictions);
		return layer;
	}

	private static Arguments refused(String description, Consumer<Map<String, Object>> change, String... fields) {
		return Arguments.of(description, change, List.of(fields));
	}

	private static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	private static JsonNode onCall(JsonNode list, long scheduleId) {
		for (JsonNode entry : list) {
			if (entry.get("scheduleId").asLong() == scheduleId) {
				return entry;
			}
		}
		throw new AssertionError("schedule " + scheduleId + " is not in " + list);
	}

	private static List<String> describe(JsonNode shifts) {
		List<String> lines = new ArrayList<>();
		shifts.forEach(shift -> lines.add(shift.get("username").asText() + " " + shift.get("start").asText() + "-"
				+ shift.get("end").asText() + " " + shift.at("/source/kind").asText()));
		return lines;
	}

	private static void assertRefused(Response response, List<String> fields) {
		assertThat(response.status()).as(response.body().toString()).isEqualTo(400);
		assertThat(response.contentType()).isEqualTo("application/problem+json");
		assertThat(response.body().get("errors").findValuesAsText("field")).containsExactlyElementsOf(fields);
		response.body().get("errors").forEach(error -> assertThat(error.get("message").asText()).isNotBlank());
	}

	private static void assertDenied(Response response) {
		assertThat(response.status()).as(response.body().toString()).isEqualTo(403);
		assertThat(response.contentType()).isEqualTo("application/problem+json");
	}

}
