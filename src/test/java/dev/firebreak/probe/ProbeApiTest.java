package dev.firebreak.probe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.ApiClient;
import dev.firebreak.ApiClient.Response;
import dev.firebreak.FirebreakTest;
import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.incident.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The probe admin API: what it stores, what it refuses (naming every field and writing
 * nothing), and who may use it.
 */
@FirebreakTest
class ProbeApiTest {

	@LocalServerPort
	int port;

	@Autowired
	ServiceCatalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	ApiClient api;

	String service;

	/** Deleted after each test, so no other test's run finds them due. */
	final List<Long> created = new ArrayList<>();

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
		service = TestServices.fresh(catalogue, "api", 3, "ops");
	}

	@AfterEach
	void deleteCreatedProbes() {
		created.forEach(id -> api.delete("adam", "/api/v1/probes/" + id));
	}

	@Test
	void anAdminCreatesReadsReplacesAndDeletesAProbe() {
		Response response = api.post("adam", "/api/v1/probes",
				Map.of("name", "Status page", "url", "https://status.example.org/health", "service", service));

		assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
		JsonNode probe = response.body();
		long id = probe.get("id").asLong();
		created.add(id);
		assertThat(response.headers().getLocation()).hasToString("/api/v1/probes/" + id);
		assertThat(probe.get("method").asText()).isEqualTo("GET");
		assertThat(probe.get("intervalSeconds").asInt()).isEqualTo(60);
		assertThat(probe.get("timeoutMs").asInt()).isEqualTo(5000);
		assertThat(probe.get("expectedStatusMin").asInt()).isEqualTo(200);
		assertThat(probe.get("expectedStatusMax").asInt()).isEqualTo(399);
		assertThat(probe.get("keyword").isNull()).isTrue();
		assertThat(probe.get("failuresBeforeAlert").asInt()).isEqualTo(3);
		assertThat(probe.get("enabled").asBoolean()).isTrue();
		assertThat(probe.get("createdBy").asText()).isEqualTo("adam");
		assertThat(probe.get("alerting").asBoolean()).isFalse();
		assertThat(api.get("adam", "/api/v1/probes/" + id).body()).isEqualTo(probe);
		assertThat(api.get("adam", "/api/v1/probes").body().findValuesAsText("name")).contains("Status page");

		Response replaced = api.put("adam", "/api/v1/probes/" + id,
				Map.of("name", "Status page (HEAD)", "url", "http://status.example.org/", "method", "HEAD",
						"intervalSeconds", 30, "timeoutMs", 1000, "expectedStatusMin", 200, "expectedStatusMax", 204,
						"failuresBeforeAlert", 5, "service", service, "enabled", false));

		assertThat(replaced.status()).as(replaced.body().toString()).isEqualTo(200);
		assertThat(replaced.body().get("name").asText()).isEqualTo("Status page (HEAD)");
		assertThat(replaced.body().get("method").asText()).isEqualTo("HEAD");
		assertThat(replaced.body().get("intervalSeconds").asInt()).isEqualTo(30);
		assertThat(replaced.body().get("expectedStatusMax").asInt()).isEqualTo(204);
		assertThat(replaced.body().get("failuresBeforeAlert").asInt()).isEqualTo(5);
		assertThat(replaced.body().get("enabled").asBoolean()).isFalse();
		assertThat(api.get("adam", "/api/v1/probes/" + id).body()).isEqualTo(replaced.body());

		assertThat(api.delete("adam", "/api/v1/probes/" + id).status()).isEqualTo(204);
		assertProblem(api.get("adam", "/api/v1/probes/" + id), 404);
		assertProblem(api.delete("adam", "/api/v1/probes/" + id), 404);
		assertThat(api.get("adam", "/api/v1/probes").body().findValuesAsText("id")).doesNotContain(String.valueOf(id));
		assertThat(jdbc.sql("select deleted_at from fb_probe where id = ?").param(id).query().singleValue())
			.as("soft delete: the row and its samples stay")
			.isNotNull();
	}

	@Test
	void anFtpUrlIsRefused() {
		assertRefused(probe("url", "ftp://files.example.org/health"), "url");
	}

	@Test
	void anIntervalUnderTenSecondsIsRefused() {
		assertRefused(probe("intervalSeconds", 5), "intervalSeconds");
	}

	@Test
	void aMissingServiceIsRefused() {
		Map<String, Object> request = probe();
		request.remove("service");
		assertRefused(request, "service");
	}

	@Test
	void anUnknownServiceIsRefused() {
		Response response = assertRefused(probe("service", "no-such-service"), "service");
		assertThat(response.body().at("/errors/0/message").asText()).contains("no-such-service", "catalogue");
	}

	@Test
	void aStatusRangeWithMinAboveMaxIsRefused() {
		Map<String, Object> request = probe("expectedStatusMin", 300);
		request.put("expectedStatusMax", 299);
		assertRefused(request, "expectedStatusMin");
	}

	@Test
	void rulesBetweenFieldsAreCheckedToo() {
		Map<String, Object> request = probe("method", "HEAD");
		request.put("keyword", "healthy");
		request.put("timeoutMs", 10000);
		assertRefused(request, "keyword", "timeoutMs");
	}

	@Test
	void everyMistakeIsNamedInOneAnswer() {
		Map<String, Object> request = new HashMap<>();
		request.put("url", "ftp://files.example.org/");
		request.put("intervalSeconds", 5);
		request.put("failuresBeforeAlert", 0);
		request.put("expectedStatusMin", 500);
		request.put("expectedStatusMax", 200);
		assertRefused(request, "expectedStatusMin", "failuresBeforeAlert", "intervalSeconds", "name", "service", "url");
	}

	@Test
	void aMistypedFieldIsRefused() {
		assertRefused(probe("method", "DELETE"), "method");
	}

	@Test
	void aReplacementIsCheckedLikeANewProbeAndMayNotMoveItToAnotherService() {
		long id = create();
		JsonNode before = api.get("adam", "/api/v1/probes/" + id).body();
		String other = TestServices.fresh(catalogue, "api", 3, "ops");

		Response moved = api.put("adam", "/api/v1/probes/" + id, probe("service", other));
		Response badUrl = api.put("adam", "/api/v1/probes/" + id, probe("url", "mailto:ops@example.org"));

		assertProblem(moved, 400);
		assertThat(fields(moved)).containsExactly("service");
		assertProblem(badUrl, 400);
		assertThat(fields(badUrl)).containsExactly("url");
		assertThat(api.get("adam", "/api/v1/probes/" + id).body()).isEqualTo(before);
		assertProblem(api.put("adam", "/api/v1/probes/999999999", probe()), 404);
	}

	@Test
	void samplesNeedAPeriodThatEndsAfterItStartsAndASensibleLimit() {
		long id = create();

		Response backwards = api.get("adam",
				"/api/v1/probes/" + id + "/samples?from=2026-03-02T10:00:00Z&to=2026-03-02T09:00:00Z");
		Response tooMany = api.get("adam", "/api/v1/probes/" + id + "/samples?limit=100000");
		Response empty = api.get("adam", "/api/v1/probes/" + id + "/samples");

		assertProblem(backwards, 400);
		assertThat(fields(backwards)).containsExactly("from");
		assertProblem(tooMany, 400);
		assertThat(fields(tooMany)).containsExactly("limit");
		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.body().get("items")).isEmpty();
		assertProblem(api.get("adam", "/api/v1/probes/999999999/samples"), 404);
	}

	@Test
	void onlyAdminsManageProbes() {
		long rows = probeRows();

		for (String user : List.of("rita", "mona")) {
			assertProblem(api.get(user, "/api/v1/probes"), 403);
			assertProblem(api.post(user, "/api/v1/probes", probe()), 403);
			assertProblem(api.put(user, "/api/v1/probes/1", probe()), 403);
			assertProblem(api.delete(user, "/api/v1/probes/1"), 403);
		}
		assertProblem(api.get(null, "/api/v1/probes"), 401);
		assertThat(probeRows()).isEqualTo(rows);
	}

	private long create() {
		Response response = api.post("adam", "/api/v1/probes", probe());
		assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
		long id = response.body().get("id").asLong();
		created.add(id);
		return id;
	}

	/** A valid request to start from. */
	private Map<String, Object> probe() {
		Map<String, Object> request = new HashMap<>();
		request.put("name", "Search health");
		request.put("url", "https://search.example.org/health");
		request.put("intervalSeconds", 10);
		request.put("timeoutMs", 2000);
		request.put("service", service);
		return request;
	}

	private Map<String, Object> probe(String field, Object value) {
		Map<String, Object> request = probe();
		request.put(field, value);
		return request;
	}

	private Response assertRefused(Map<String, Object> request, String... fields) {
		long rows = probeRows();

		Response response = api.post("adam", "/api/v1/probes", request);

		assertProblem(response, 400);
		assertThat(fields(response)).containsExactly(fields);
		assertThat(response.body().get("errors").findValuesAsText("message"))
			.allSatisfy(message -> assertThat(message).isNotBlank());
		assertThat(probeRows()).as("nothing written").isEqualTo(rows);
		return response;
	}

	private long probeRows() {
		return jdbc.sql("select count(*) from fb_probe").query(Long.class).single();
	}

	private static List<String> fields(Response response) {
		return response.body().get("errors").findValuesAsText("field");
	}

	private static void assertProblem(Response response, int status) {
		assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
		assertThat(response.contentType()).isEqualTo("application/problem+json");
		assertThat(response.body().get("detail").asText()).isNotBlank();
	}

}
