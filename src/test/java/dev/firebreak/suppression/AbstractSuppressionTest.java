package dev.firebreak.suppression;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.ApiClient;
import dev.firebreak.ApiClient.Credentials;
import dev.firebreak.ApiClient.Response;
import dev.firebreak.incident.MonitoredService;
import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.intake.IntakeDrain;
import dev.firebreak.intake.IntegrationType;
import dev.firebreak.intake.Integrations;
import dev.firebreak.intake.NewIntegration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The suppression path end to end, shared by H2 and MariaDB: alerts posted over HTTP in
 * the senders' shapes, the inbox drained as the worker would, and what became of them
 * read through the API. Time is set through the engine's clock, to a day of its own
 * (before 2038: MySQL keeps Modulith's publication dates as TIMESTAMP), so that no other
 * test's alerts fall into these windows and silences.
 */
abstract class AbstractSuppressionTest {

	static final Instant NOW = Instant.parse("2037-03-06T10:00:00Z");

	@LocalServerPort
	int port;

	@Autowired
	ServiceCatalogue catalogue;

	@Autowired
	Integrations integrations;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	ApiClient api;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
		ClockUtil.setCurrentTime(Date.from(NOW));
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void alertsInAMaintenanceWindowOpenNothingAreCountedAndShownAndTheSameAlertAfterItOpensAnIncident() {
		String service = service();
		String key = integration(IntegrationType.GENERIC, service);
		JsonNode window = created(api.post("mona", "/api/v1/maintenance-windows",
				Map.of("service", service, "startsAt", NOW.minusSeconds(60).toString(), "endsAt",
						NOW.plus(Duration.ofHours(1)).toString(), "description", "Database upgrade")));
		assertThat(window.get("state").asText()).isEqualTo("IN_PROGRESS");

		for (int i = 0; i < 3; i++) {
			postGeneric(key, "disk-" + service, service);
		}
		drain();

		assertThat(incidentsOf(service)).as("no incident, so nobody is paged").isEmpty();
		String suppressed = "SUPPRESSED by maintenance window #" + window.get("id").asLong();
		assertThat(outcomes("disk-" + service)).containsExactly(suppressed, suppressed, suppressed);
		JsonNode read = api.get("rita", "/api/v1/maintenance-windows/" + window.get("id").asLong()).body();
		assertThat(read.get("suppressedAlerts").asLong()).isEqualTo(3);
		JsonNode alerts = api.get("rita", "/api/v1/maintenance-windows/" + window.get("id").asLong() + "/alerts")
			.body();
		assertThat(alerts).hasSize(3);
		assertThat(alerts.get(0).get("title").asText()).isEqualTo("Disk almost full");
		assertThat(alerts.get(0).get("service").asText()).isEqualTo(service);

		ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofHours(2))));
		postGeneric(key, "disk-" + service, service);
		drain();

		assertThat(incidentsOf(service)).as("after the window").hasSize(1);
		assertThat(api.get("rita", "/api/v1/maintenance-windows/" + window.get("id").asLong())
			.body()
			.get("state")
			.asText()).isEqualTo("ENDED");
	}

	@Test
	void alertsMatchingASilenceOpenNothingAreCountedAndShownAndOpenAnIncidentOnceItExpires() {
		String service = service();
		String key = integration(IntegrationType.ALERTMANAGER, service);
		String instance = "db-" + UUID.randomUUID().toString().substring(0, 8);
		JsonNode silence = created(api.post("mona", "/api/v1/silences",
				Map.of("matchers",
						List.of(Map.of("name", "alertname", "operator", "EQUAL", "value", "DiskFull"),
								Map.of("name", "instance", "operator", "REGEX", "value", instance + "|other")),
						"endsAt", NOW.plus(Duration.ofHours(2)).toString(), "comment", "Disk being replaced")));
		long id = silence.get("id").asLong();
		assertThat(silence.get("state").asText()).isEqualTo("ACTIVE");
		assertThat(silence.get("createdBy").asText()).isEqualTo("mona");

		postAlertmanager(key, "fp-" + instance, "DiskFull", instance, service);
		postAlertmanager(key, "fp-" + instance, "DiskFull", instance, service);
		postAlertmanager(key, "fp-cpu-" + instance, "CpuHigh", instance, service);
		drain();

		assertThat(outcomes("fp-" + instance)).containsOnly("SILENCED by silence #" + id).hasSize(2);
		List<JsonNode> opened = incidentsOf(service);
		assertThat(opened).as("only the alert the silence does not match").hasSize(1);
		assertThat(opened.get(0).get("title").asText()).isEqualTo("CpuHigh on " + instance);
		assertThat(api.get("rita", "/api/v1/silences/" + id).body().get("matchedAlerts").asLong()).isEqualTo(2);
		JsonNode alerts = api.get("rita", "/api/v1/silences/" + id + "/alerts").body();
		assertThat(alerts).hasSize(2);
		assertThat(alerts.get(0).at("/labels/instance").asText()).isEqualTo(instance);
		assertThat(alerts.get(0).at("/labels/service").asText()).isEqualTo(service);

		Response expired = api.post("mona", "/api/v1/silences/" + id + "/expire", null);
		assertThat(expired.status()).isEqualTo(200);
		assertThat(expired.body().get("state").asText()).isEqualTo("EXPIRED");
		assertThat(expired.body().get("expiredBy").asText()).isEqualTo("mona");
		assertThat(audited("SILENCE_CREATED", "silence " + id)).isEqualTo(1);
		assertThat(audited("SILENCE_EXPIRED", "silence " + id)).isEqualTo(1);

		postAlertmanager(key, "fp-" + instance, "DiskFull", instance, service);
		drain();
		assertThat(incidentsOf(service)).as("the same alert once the silence expired").hasSize(2);
	}

	@Test
	void aSilenceMadeFromAnIncidentQuietsItsRepeatsButNotItsRecovery() {
		String service = service();
		String key = integration(IntegrationType.ALERTMANAGER, service);
		String instance = "web-" + UUID.randomUUID().toString().substring(0, 8);
		postAlertmanager(key, "fp-" + instance, "Flapping", instance, service);
		drain();
		JsonNode incident = incidentsOf(service).get(0);
		String number = incident.get("number").asText();

		// a responder of the owning team silences exactly this alert's labels
		Response silence = api.post("rita", "/api/v1/silences",
				Map.of("matchers",
						List.of(Map.of("name", "alertname", "operator", "EQUAL", "value", "Flapping"),
								Map.of("name", "instance", "operator", "EQUAL", "value", instance)),
						"endsAt", NOW.plus(Duration.ofHours(2)).toString(), "comment", "Known flapping", "incident",
						number));
		assertThat(silence.status()).as(silence.body().toString()).isEqualTo(201);
		assertThat(silence.body().get("incident").asText()).isEqualTo(number);

		postAlertmanager(key, "fp-" + instance, "Flapping", instance, service);
		drain();
		assertThat(api.get("mona", "/api/v1/incidents/" + number).body().get("occurrences").asInt())
			.as("the repeat was silenced")
			.isEqualTo(1);

		post(key, "/api/v1/intake/alertmanager",
				alertmanager("resolved", "fp-" + instance, "Flapping", instance, service));
		drain();
		assertThat(outcomes("fp-" + instance)).last().asString().startsWith("UPDATED " + number);
		List<String> timeline = api.get("mona", "/api/v1/incidents/" + number)
			.body()
			.get("timeline")
			.valueStream()
			.map(entry -> entry.get("type").asText())
			.toList();
		assertThat(timeline).contains("RECOVERY_REPORTED");
	}

	// helpers

	String service() {
		String name = "supp-" + UUID.randomUUID().toString().substring(0, 8);
		catalogue.register(new MonitoredService(name, 2, "ops"));
		return name;
	}

	String integration(IntegrationType type, String service) {
		return integrations
			.create(new NewIntegration(type.name().toLowerCase() + "-" + UUID.randomUUID(), type, service, null, null,
					null, null, null), "adam")
			.key();
	}

	void postGeneric(String key, String dedupKey, String service) {
		post(key, "/api/v1/intake/generic",
				Map.of("dedupKey", dedupKey, "title", "Disk almost full", "service", service, "severity", "high"));
	}

	void postAlertmanager(String key, String fingerprint, String alertname, String instance, String service) {
		post(key, "/api/v1/intake/alertmanager", alertmanager("firing", fingerprint, alertname, instance, service));
	}

	static Map<String, Object> alertmanager(String status, String fingerprint, String alertname, String instance,
			String service) {
		Map<String, Object> alert = Map.of("status", status, "fingerprint", fingerprint, "labels",
				Map.of("alertname", alertname, "instance", instance, "service", service, "severity", "critical"),
				"annotations", Map.of("summary", alertname + " on " + instance), "startsAt", "2037-03-06T09:59:00Z",
				"endsAt", "0001-01-01T00:00:00Z");
		return Map.of("version", "4", "status", status, "receiver", "firebreak", "groupKey", "{}", "alerts",
				List.of(alert));
	}

	void post(String key, String path, Object body) {
		Response response = api.call(Credentials.bearer(key), HttpMethod.POST, path, body);
		assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(202);
	}

	void drain() {
		IntakeDrain.drainInbox(context);
	}

	static JsonNode created(Response response) {
		assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(201);
		assertThat(response.headers().getLocation()).isNotNull();
		return response.body();
	}

	List<JsonNode> incidentsOf(String service) {
		return api.get("mona", "/api/v1/incidents?size=200&service=" + service)
			.body()
			.withArray("items")
			.valueStream()
			.toList();
	}

	/** What each alert with this key did, as the inbox recorded it, oldest first. */
	List<String> outcomes(String dedupKey) {
		return jdbc.sql("select outcome from fb_alert_event where dedup_key = ? order by id")
			.param(dedupKey)
			.query(String.class)
			.list();
	}

	long audited(String action, String target) {
		return jdbc.sql("select count(*) from fb_audit_log where action = ? and target = ?")
			.params(action, target)
			.query(Long.class)
			.single();
	}

}
