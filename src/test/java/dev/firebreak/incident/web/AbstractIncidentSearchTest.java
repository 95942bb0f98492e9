package dev.firebreak.incident.web;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.ApiClient;
import dev.firebreak.ApiClient.Credentials;
import dev.firebreak.ApiClient.Response;
import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.incident.TestServices;
import dev.firebreak.intake.IntakeDrain;
import dev.firebreak.intake.IntegrationType;
import dev.firebreak.intake.Integrations;
import dev.firebreak.intake.NewIntegration;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search over HTTP, shared by H2 and MariaDB: free text matches the number, title,
 * description, service and the labels of the alert that opened an incident, in any case;
 * every word must match; it finds only what the person may read; and every wrong filter
 * of the list and of the issue-log download is named in one answer.
 */
abstract class AbstractIncidentSearchTest {

	@LocalServerPort
	int port;

	@Autowired
	ServiceCatalogue catalogue;

	@Autowired
	Integrations integrations;

	@Autowired
	ApplicationContext context;

	ApiClient api;

	/** A word no other test's incident holds, so that counts are exact. */
	String word;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
		word = "w" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void textMatchesNumberTitleDescriptionServiceAndAlertLabelsInAnyCase() {
		String service = TestServices.fresh(catalogue, "search", 2, "ops");
		String titled = report("rita", service, "Checkout returns 502 " + word, "Seen by many");
		String described = report("rita", service, "Payments slow", "Customers in " + word.toUpperCase() + " wait");
		String other = report("rita", service, "Unrelated", "Nothing to see");
		String alerted = alert(service, "db-" + word);

		assertThat(numbers("mona", word)).containsExactly(alerted, described, titled);
		assertThat(numbers("mona", word.toUpperCase() + " checkout")).as("every word must match")
			.containsExactly(titled);
		assertThat(numbers("mona", "instance=db-" + word)).as("a label as name=value").containsExactly(alerted);
		assertThat(numbers("mona", service)).as("the service's name").contains(titled, described, other, alerted);
		assertThat(numbers("mona", other + " " + service)).as("the number").containsExactly(other);
		long id = Long.parseLong(other.substring("INC-".length()));
		assertThat(numbers("mona", "inc-" + id + " " + service)).as("the number in short").containsExactly(other);
		assertThat(numbers("mona", String.valueOf(id))).as("the number's digits alone").contains(other);
		assertThat(numbers("mona", "100% " + service)).as("wildcards are literal").isEmpty();
		assertThat(numbers("mona", "_" + word)).as("wildcards are literal").isEmpty();
	}

	@Test
	void searchFindsOnlyWhatThePersonMayRead() {
		String ops = TestServices.fresh(catalogue, "search", 2, "ops");
		String theirs = report("rita", ops, "Queue stuck " + word, "ops only");

		assertThat(numbers("ravi", word)).containsExactly(theirs);
		assertThat(numbers("otto", word)).as("another team's incident").isEmpty();
		assertThat(page("otto", "/search/suggestions?q=" + word)).doesNotContain(theirs).contains("No incidents match");
		assertThat(page("ravi", "/search/suggestions?q=" + word)).contains(theirs, "Queue stuck");
		assertThat(page("ravi", "/search?q=" + word)).contains(theirs);
		assertThat(page("otto", "/search?q=" + word)).doesNotContain(theirs).contains("No incidents match");
	}

	@Test
	void everyWrongFilterOfTheListIsNamedInOneAnswer() {
		Response response = api.get("mona", "/api/v1/incidents?status=BURNING&priority=P9&service=no-such-service"
				+ "&team=no-such-team&from=last-tuesday&to=2026-13-01&size=0&q=" + "x".repeat(201));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(fields(response)).containsExactly("from", "priority", "q", "service", "size", "status", "team",
				"to");
		assertThat(response.body().get("detail").asText()).contains("status must be one of OPEN");
	}

	@Test
	void theListAndTheIssueLogDownloadTakeTheSameFiltersAndText() throws Exception {
		String service = TestServices.fresh(catalogue, "search", 2, "ops");
		String found = report("rita", service, "Invoices duplicated " + word, "twice");
		report("rita", service, "Invoices late", "once");

		JsonNode list = api.get("mona", "/api/v1/incidents?service=" + service + "&team=ops&q=" + word).body();
		assertThat(list.get("total").asLong()).isEqualTo(1);

		ApiClient.Download download = api.download("audra",
				"/api/v1/exports/issue-log.xlsx?service=" + service + "&q=" + word);
		assertThat(download.status()).isEqualTo(200);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
			Sheet incidents = workbook.getSheet("Incidents");
			assertThat(incidents.getLastRowNum()).isEqualTo(1);
			assertThat(incidents.getRow(1).getCell(0).getStringCellValue()).isEqualTo(found);
		}

		Response refused = api.get("audra",
				"/api/v1/exports/issue-log.xlsx?status=BURNING&team=no-such-team&from=2026-03-09&to=2026-03-02");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(fields(refused)).containsExactly("status", "team", "to");

		Response job = api.post("audra", "/api/v1/exports", Map.of("team", "no-such-team", "service", "nope"));
		assertThat(job.status()).isEqualTo(400);
		assertThat(fields(job)).containsExactly("service", "team");
	}

	String report(String reporter, String service, String title, String description) {
		Response response = api.post(reporter, "/api/v1/incidents", Map.of("title", title, "description", description,
				"service", service, "severity", "LOW", "impact", "LOW"));
		assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(201);
		return response.body().get("number").asText();
	}

	/** An Alertmanager alert whose {@code instance} label holds the instance. */
	String alert(String service, String instance) {
		String key = integrations
			.create(new NewIntegration("am-" + UUID.randomUUID(), IntegrationType.ALERTMANAGER, service, null, null,
					null, null, null), "adam")
			.key();
		Map<String, Object> alert = Map.of("status", "firing", "fingerprint", UUID.randomUUID().toString(), "labels",
				Map.of("alertname", "HighLatency", "instance", instance, "severity", "critical"), "annotations",
				Map.of("summary", "Latency is high"), "startsAt", "2026-03-06T09:59:00Z", "endsAt",
				"0001-01-01T00:00:00Z");
		Response posted = api.call(Credentials.bearer(key), HttpMethod.POST, "/api/v1/intake/alertmanager",
				Map.of("version", "4", "status", "firing", "receiver", "firebreak", "groupKey", "{}", "alerts",
						List.of(alert)));
		assertThat(posted.status()).as(String.valueOf(posted.body())).isEqualTo(202);
		IntakeDrain.drainInbox(context);
		List<String> opened = numbers("mona", instance);
		assertThat(opened).hasSize(1);
		return opened.get(0);
	}

	/**
	 * The numbers the incident API lists for this text, newest first; the client encodes
	 * the text.
	 */
	List<String> numbers(String user, String text) {
		Response response = api.get(user, "/api/v1/incidents?size=200&q=" + text);
		assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(200);
		return response.body().withArray("items").valueStream().map(item -> item.get("number").asText()).toList();
	}

	String page(String user, String path) {
		ApiClient.Download download = api.download(user, path);
		assertThat(download.status()).isEqualTo(200);
		return new String(download.body(), java.nio.charset.StandardCharsets.UTF_8);
	}

	static List<String> fields(Response response) {
		return response.body().withArray("errors").valueStream().map(error -> error.get("field").asText()).toList();
	}

}
