package dev.firebreak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.sun.net.httpserver.HttpServer;
import dev.firebreak.intake.IntakeDrain;
import dev.firebreak.notify.NotifyFixtures;
import dev.firebreak.security.Role;
import dev.firebreak.task.TaskFixtures;
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
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /actuator/prometheus} as Prometheus scrapes it, after a scripted day: alerts
 * through the real intake endpoint (accepted, repeated, refused), the inbox drained,
 * pages by email (GreenMail) and by a webhook that refuses, a diagnosis and a
 * verification worked through the API, an acknowledge deadline that passes. The test's
 * team is its own, so the team-labelled figures are exact; the rest are compared with a
 * scrape taken before, since the tests share one application. Run on H2
 * ({@link MetricsEndpointTest}) and on MariaDB ({@link MySqlMetricsEndpointTest}), since
 * the gauges are SQL of their own.
 */
abstract class AbstractMetricsEndpointTest {

	private static final String TOKEN = "test-metrics-token";

	/** The files in docker/ whose queries must find their metrics. */
	private static final List<String> SHIPPED_QUERIES = List.of("docker/grafana/dashboards/firebreak.json",
			"docker/prometheus/rules.yml", "docker/prometheus/rules.test.yml");

	private static final Pattern METRIC_NAME = Pattern
		.compile("\\b((?:firebreak|jvm|http_server|hikaricp|process)_[a-z0-9_]+)\\b");

	@RegisterExtension
	static GreenMailExtension mail = TestSmtp.server();

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	NotifyFixtures notify;

	@Autowired
	TaskFixtures tasks;

	@Autowired
	ApplicationContext context;

	@Autowired
	ManagementService management;

	@Autowired
	RuntimeService runtime;

	private Instant now;

	private HttpServer refusingReceiver;

	@BeforeEach
	void setUp() throws IOException {
		now = Instant.parse("2036-03-02T10:00:00Z").plusSeconds((long) (Math.random() * 86_400 * 300));
		ClockUtil.setCurrentTime(Date.from(now));
		// a webhook receiver that refuses for good: the page to it fails permanently
		refusingReceiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		refusingReceiver.createContext("/", exchange -> {
			exchange.sendResponseHeaders(410, -1);
			exchange.close();
		});
		refusingReceiver.start();
	}

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
		refusingReceiver.stop(0);
	}

	@Test
	void eachNamedMetricHasTheValueTheScriptedDayGaveIt() {
		String team = notify.team();
		String manager = notify.person("manager", Role.MANAGER, team);
		String responder = notify.person("first", Role.RESPONDER, team);
		String webhookPerson = notify.person("hook", Role.RESPONDER, team);
		notify.contactMethod(responder, "EMAIL", responder + "@example.test");
		notify.contactMethod(webhookPerson, "WEBHOOK",
				"http://127.0.0.1:" + refusingReceiver.getAddress().getPort() + "/gone");
		notify.policy(manager, team, 30, 1, List.of(List.of(responder, webhookPerson)));
		String service = notify.service(team);
		ApiClient.Response created = notify.api()
			.post("adam", "/api/v1/integrations",
					Map.of("name", "metrics-" + team, "type", "GENERIC", "defaultService", service));
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		String key = created.body().get("key").asText();

		Scrape before = scrape();

		// three alerts stored (one a repeat), two refused
		assertThat(postAlert(key, alert("disk-full", "Disk full on db-1", service))).isEqualTo(202);
		assertThat(postAlert(key, alert("disk-full", "Disk full on db-1", service))).isEqualTo(202);
		assertThat(postAlert(key, alert("api-down", "API answers 503", service))).isEqualTo(202);
		assertThat(postAlert("not-a-key", alert("x", "x", service))).isEqualTo(401);
		assertThat(postAlert(key, "{\"action\": 42}")).isEqualTo(400);
		moveClock(Duration.ofSeconds(90));

		Scrape stored = scrape();
		assertThat(stored.delta(before, "firebreak_alerts_accepted_total", "source", "generic")).isEqualTo(3);
		assertThat(stored.delta(before, "firebreak_alerts_rejected_total", "source", "generic")).isEqualTo(2);
		assertThat(
				stored.delta(before, "firebreak_alerts_rejected_total", "source", "generic", "reason", "invalid_input"))
			.isEqualTo(1);
		assertThat(stored.delta(before, "firebreak_inbox_pending_alerts")).isEqualTo(3);
		assertThat(stored.value("firebreak_inbox_oldest_pending_age_seconds")).isGreaterThanOrEqualTo(90);

		IntakeDrain.drainInbox(context);
		Scrape processed = scrape();
		assertThat(processed.value("firebreak_inbox_pending_alerts"))
			.isEqualTo(before.value("firebreak_inbox_pending_alerts"));
		assertThat(processed.value("firebreak_inbox_oldest_pending_age_seconds")).as("nothing waits").isEqualTo(0);
		assertThat(processed.delta(before, "firebreak_alerts_deduplicated_total", "source", "generic")).isEqualTo(1);
		assertThat(processed.value("firebreak_incidents_opened_total", "priority", "P1", "team", team)).isEqualTo(2);
		assertThat(processed.delta(before, "firebreak_incidents_open", "priority", "P1")).isEqualTo(2);

		// both are paged: the email goes out, the webhook is refused for good
		notify.runDue();
		Scrape paged = scrape();
		// at least: one delivery round also sends what other tests of the shared context
		// left
		// queued (follow-up escalations, status mails)
		assertThat(paged.delta(before, "firebreak_notifications_sent_total", "channel", "email"))
			.isGreaterThanOrEqualTo(2);
		assertThat(paged.delta(before, "firebreak_notifications_failed_total", "channel", "webhook")).isEqualTo(2);

		// the responder takes the disk incident three minutes after the page, operations
		// fixed it, the verification passes
		List<String> numbers = incidentsOf(service);
		String disk = numbers.stream().filter(number -> title(number).startsWith("Disk")).findFirst().orElseThrow();
		String api = numbers.stream().filter(number -> !number.equals(disk)).findFirst().orElseThrow();
		moveClock(Duration.ofMinutes(3));
		tasks.work(responder, disk, "DIAGNOSIS", Map.of("outcome", "FIXED_BY_OPERATIONS", "findings", "Rotated logs"));
		moveClock(Duration.ofMinutes(10));
		tasks.work(responder, disk, "VERIFICATION",
				Map.of("checksRun", "df -h", "passed", true, "evidence", "40% used"));

		// nobody takes the API incident within its 15 minutes: the timer records the
		// breach
		moveClock(Duration.ofMinutes(5));
		Scrape due = scrape();
		assertThat(due.value("firebreak_jobs_due")).as("the acknowledge timer is due").isGreaterThanOrEqualTo(1);
		String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(api).singleResult().getId();
		for (Job job : management.createJobQuery().processInstanceId(instance).timers().executable().list()) {
			management.executeJob(job.getId());
		}

		Scrape after = scrape();
		assertThat(after.value("firebreak_incidents_resolved_total", "priority", "P1", "team", team)).isEqualTo(1);
		assertThat(after.delta(before, "firebreak_incidents_open", "priority", "P1")).isEqualTo(1);
		assertThat(after.delta(before, "firebreak_incident_time_to_acknowledge_seconds_count", "priority", "P1"))
			.isEqualTo(1);
		assertThat(after.delta(before, "firebreak_incident_time_to_acknowledge_seconds_sum", "priority", "P1"))
			.isCloseTo(180, org.assertj.core.api.Assertions.within(1e-6));
		assertThat(after.delta(before, "firebreak_incident_time_to_acknowledge_seconds_bucket", "priority", "P1", "le",
				"300.0"))
			.as("three minutes fall in the five-minute bucket")
			.isEqualTo(1);
		assertThat(after.delta(before, "firebreak_incident_time_to_resolve_seconds_count", "priority", "P1"))
			.isEqualTo(1);
		// received at the start, resolved 90 s + 3 min + 10 min later
		assertThat(after.delta(before, "firebreak_incident_time_to_resolve_seconds_sum", "priority", "P1"))
			.isCloseTo(90 + 180 + 600, org.assertj.core.api.Assertions.within(1e-6));
		assertThat(after.delta(before, "firebreak_sla_breaches_total", "clock", "acknowledge", "priority", "P1"))
			.isEqualTo(1);
		for (String state : List.of("queued", "running", "done", "failed")) {
			assertThat(after.has("firebreak_export_jobs", "state", state)).as(state).isTrue();
		}
		assertThat(after.has("firebreak_jobs_failed")).isTrue();

		// what docker/ ships names only what is there to read
		for (String file : SHIPPED_QUERIES) {
			assertThat(after.names()).as("the metrics %s names", file).containsAll(metricsNamedIn(file));
		}
	}

	@Test
	void theShippedDashboardAndRulesNameTheDomainMetrics() {
		Set<String> named = new TreeSet<>();
		SHIPPED_QUERIES.forEach(file -> named.addAll(metricsNamedIn(file)));
		assertThat(named).as("each domain metric is on the dashboard or in a rule")
			.contains("firebreak_alerts_accepted_total", "firebreak_alerts_deduplicated_total",
					"firebreak_alerts_rejected_total", "firebreak_inbox_pending_alerts",
					"firebreak_inbox_oldest_pending_age_seconds", "firebreak_incidents_opened_total",
					"firebreak_incidents_resolved_total", "firebreak_incidents_open", "firebreak_sla_breaches_total",
					"firebreak_incident_time_to_acknowledge_seconds_bucket",
					"firebreak_incident_time_to_resolve_seconds_bucket", "firebreak_notifications_sent_total",
					"firebreak_notifications_failed_total", "firebreak_export_jobs", "firebreak_jobs_due",
					"firebreak_jobs_failed");
	}

	/** Metric names in a file of docker/: Firebreak's own and the JVM's and HTTP's. */
	private static Set<String> metricsNamedIn(String file) {
		try {
			Matcher name = METRIC_NAME.matcher(Files.readString(Path.of(file)));
			Set<String> names = new TreeSet<>();
			while (name.find()) {
				names.add(name.group(1));
			}
			assertThat(names).as(file).isNotEmpty();
			return names;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void anonymousAndWrongTokenCallersAreRefusedAndNoSessionIsMade() {
		for (String authorization : new String[] { null, "Bearer wrong-token", "Basic YWRhbTpwdw==" }) {
			HttpResponse<String> refused = get("/actuator/prometheus", authorization);
			assertThat(refused.statusCode()).as(String.valueOf(authorization)).isEqualTo(401);
			assertThat(refused.body()).doesNotContain("firebreak_");
			assertThat(refused.headers().firstValue("Set-Cookie")).isEmpty();
		}
		HttpResponse<String> scraped = get("/actuator/prometheus", "Bearer " + TOKEN);
		assertThat(scraped.statusCode()).isEqualTo(200);
		assertThat(scraped.headers().firstValue("Set-Cookie")).as("no session").isEmpty();
		assertThat(scraped.body()).contains("firebreak_inbox_pending_alerts");
	}

	private static String alert(String dedupKey, String title, String service) {
		return """
				{"dedupKey": "%s", "action": "trigger", "title": "%s", "severity": "critical",
				 "impact": "high", "service": "%s"}""".formatted(dedupKey, title, service);
	}

	private int postAlert(String key, String body) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/intake/generic"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + key)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return send(request).statusCode();
	}

	private List<String> incidentsOf(String service) {
		JsonNode page = notify.api().get("mona", "/api/v1/incidents?size=50&service=" + service).body();
		return page.withArray("items").valueStream().map(item -> item.get("number").asText()).toList();
	}

	private String title(String number) {
		return tasks.incident(number).get("title").asText();
	}

	private void moveClock(Duration by) {
		now = now.plus(by);
		ClockUtil.setCurrentTime(Date.from(now));
	}

	private Scrape scrape() {
		HttpResponse<String> response = get("/actuator/prometheus", "Bearer " + TOKEN);
		assertThat(response.statusCode()).isEqualTo(200);
		return new Scrape(response.body());
	}

	private HttpResponse<String> get(String path, String authorization) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return send(request.build());
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
