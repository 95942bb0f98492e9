package dev.firebreak.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import dev.firebreak.ApiClient;
import dev.firebreak.FirebreakTest;
import dev.firebreak.task.TaskFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public status page as an anonymous visitor sees it: component states follow the
 * incidents as they open and end, public updates show and nothing internal does, the page
 * works without script and is cache-friendly.
 */
@FirebreakTest
class StatusPageTest {

	static final String NOTE = "Internal: the db-host-7 primary is out of disk, ask Ravi";

	static final String TITLE = "Checkout 502 on db-host-7";

	@Autowired
	TaskFixtures fixtures;

	@Autowired
	StatusPage page;

	@Autowired
	ObjectMapper json;

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	ApiClient api;

	String service;

	String component;

	@BeforeEach
	void setUp() {
		api = fixtures.api();
		service = fixtures.service("status", 1, "ops");
		component = "Checkout " + service.substring(service.length() - 6);
		ApiClient.Response created = api.post("adam", "/api/v1/status-components",
				Map.of("name", component, "description", "Paying for an order", "services", List.of(service)));
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
	}

	@Test
	void aComponentFollowsItsIncidentsAndOnlyPublishedWordsLeaveFirebreak() throws Exception {
		assertThat(stateOf(component)).isEqualTo("OPERATIONAL");

		String number = fixtures.report("rita", service, TITLE, "CRITICAL", "HIGH");
		assertThat(stateOf(component)).as("a P1 on its service").isEqualTo("MAJOR_OUTAGE");
		assertThat(get("/status").body()).as("no update published yet: not listed").doesNotContain(number);

		assertThat(api.post("rita", "/api/v1/incidents/" + number + "/notes", Map.of("text", NOTE)).status())
			.isEqualTo(201);
		assertThat(api
			.post("rita", "/api/v1/incidents/" + number + "/updates",
					Map.of("status", "INVESTIGATING", "message", "Some payments fail. <script>alert(1)</script>"))
			.status()).isEqualTo(201);
		page.refresh();

		HttpResponse<String> html = get("/status");
		assertThat(html.statusCode()).isEqualTo(200);
		assertThat(html.body()).contains(component, "Major outage", "Some payments fail.", "Investigating")
			.contains("Incident " + number + " affecting " + component)
			.doesNotContain("<script");
		HttpResponse<String> summary = get("/status/summary.json");
		HttpResponse<String> atom = get("/status/feed.atom");
		HttpResponse<String> rss = get("/status/feed.rss");
		HttpResponse<String> incidentPage = get("/status/incidents/" + number);
		for (HttpResponse<String> answer : List.of(html, summary, atom, rss, incidentPage)) {
			assertThat(answer.statusCode()).as(answer.uri().toString()).isEqualTo(200);
			assertThat(answer.body()).as("nothing internal on " + answer.uri())
				.doesNotContain(NOTE, "db-host-7", TITLE, service, "Rita", "rita", "Ravi", "Responder")
				.doesNotContainPattern(Pattern.compile("\\bops\\b"))
				.doesNotContainPattern(Pattern.compile("<script", Pattern.CASE_INSENSITIVE));
		}
		SyndFeed feed = new SyndFeedInput().build(new java.io.StringReader(atom.body()));
		assertThat(feed.getEntries()).anySatisfy(entry -> assertThat(entry.getTitle())
			.isEqualTo("Investigating: Incident " + number + " affecting " + component));
		assertThat(new SyndFeedInput().build(new java.io.StringReader(rss.body())).getEntries()).isNotEmpty();

		fixtures.work("rita", number, "DIAGNOSIS", Map.of("outcome", "FALSE_ALARM", "findings", "Load test"));
		assertThat(fixtures.incident(number).get("status").asText()).isIn("RESOLVED", "CLOSED");
		assertThat(stateOf(component)).as("its incident is over").isEqualTo("OPERATIONAL");
		page.refresh();
		assertThat(get("/status").body()).as("resolved within the week: still listed").contains(number);
	}

	@Test
	void theAnswersAreCacheableAndConditionalRequestsGetNotModified() throws Exception {
		HttpResponse<String> first = get("/status");
		assertThat(first.headers().firstValue("Cache-Control")).hasValue("max-age=30, public");
		assertThat(first.headers().firstValue("Set-Cookie")).as("no session for visitors").isEmpty();
		String etag = first.headers().firstValue("ETag").orElseThrow();
		String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
		assertThat(first.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				policy -> assertThat(policy).contains("default-src 'none'").doesNotContain("script-src"));

		assertThat(send(HttpRequest.newBuilder(uri("/status")).header("If-None-Match", etag)).statusCode())
			.isEqualTo(304);
		assertThat(send(HttpRequest.newBuilder(uri("/status")).header("If-Modified-Since", lastModified)).statusCode())
			.isEqualTo(304);
		assertThat(get("/status/summary.json").headers().firstValue("Access-Control-Allow-Origin"))
			.as("other sites may embed the summary")
			.isEmpty();
		assertThat(send(HttpRequest.newBuilder(uri("/status/summary.json")).header("Origin", "https://shop.example"))
			.headers()
			.firstValue("Access-Control-Allow-Origin")).hasValue("*");
	}

	@Test
	void anIncidentNeverAnnouncedIsNotFound() throws Exception {
		String number = fixtures.report("rita", service, TITLE, "HIGH", "LOW");
		HttpResponse<String> answer = get("/status/incidents/" + number);
		assertThat(answer.statusCode()).isEqualTo(404);
		assertThat(answer.body()).doesNotContain(TITLE);
	}

	@Test
	void componentsAreChangedByAdminsOnlyAndBadInputNamesEveryField() {
		ApiClient.Response bad = api.post("adam", "/api/v1/status-components",
				Map.of("name", "", "services", List.of("no-such-service"), "position", -1));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.contentType()).startsWith("application/problem+json");
		assertThat(bad.body().findValuesAsText("field")).contains("name", "services", "position");
		assertThat(
				api.post("adam", "/api/v1/status-components", Map.of("name", component, "services", List.of(service)))
					.body()
					.findValuesAsText("message"))
			.contains("is already the name of another component");
		assertThat(api.post("mona", "/api/v1/status-components", Map.of("name", "Other", "services", List.of(service)))
			.status()).isEqualTo(403);
		assertThat(api.get("rita", "/api/v1/status-components").status()).isEqualTo(200);
	}

	private String stateOf(String name) throws Exception {
		page.refresh();
		JsonNode summary = json.readTree(get("/status/summary.json").body());
		for (JsonNode component : summary.get("components")) {
			if (component.get("name").asText().equals(name)) {
				assertThat(component.get("days")).hasSize(StatusPage.DAYS);
				return component.get("state").asText();
			}
		}
		throw new AssertionError("no component " + name + " in " + summary);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return send(HttpRequest.newBuilder(uri(path)));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
