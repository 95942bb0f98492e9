package dev.firebreak.report;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.firebreak.ApiClient;
import dev.firebreak.audit.ChainHash;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentStatus;
import dev.firebreak.incident.Priority;
import dev.firebreak.incident.Resolution;
import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.incident.TestServices;
import dev.firebreak.incident.TimelineChain;
import dev.firebreak.incident.TimelineType;

import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Builds report data in code: services with unique names, and backdated incidents,
 * timeline entries and probe samples written straight into our tables, because the API
 * only ever records "now". Probes are made through the admin API, disabled, so that they
 * never run; {@link #deleteProbes()} removes them afterwards. A bean of the test profile:
 * tests autowire it.
 */
@Component
@Profile("test")
public class ReportTestData {

	private final JdbcClient jdbc;

	private final ServiceCatalogue catalogue;

	private final Environment environment;

	private ApiClient api;

	private final ObjectMapper json = new ObjectMapper();

	private final List<Long> probes = new ArrayList<>();

	ReportTestData(JdbcClient jdbc, ServiceCatalogue catalogue, Environment environment) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.environment = environment;
	}

	/** The API of this application, on its port (known once the server has started). */
	public ApiClient api() {
		if (api == null) {
			api = new ApiClient(Integer.parseInt(environment.getRequiredProperty("local.server.port")));
		}
		return api;
	}

	public String service(String prefix, int tier, String team) {
		return TestServices.fresh(catalogue, prefix, tier, team);
	}

	public void uptimeTarget(String service, String percent) {
		jdbc.sql("update fb_service set uptime_target = ? where name = ?")
			.params(new java.math.BigDecimal(percent), service)
			.update();
	}

	public IncidentBuilder incident(String service, Priority priority) {
		return new IncidentBuilder(service, priority);
	}

	public void entry(long incidentId, String at, TimelineType type, String actor, Map<String, Object> details) {
		try {
			// backdated rows still join the incident's hash chain, as every timeline
			// entry must
			String text = json.writeValueAsString(details);
			String previous = jdbc
				.sql("select hash from fb_timeline_entry where incident_id = ? order by id desc limit 1")
				.param(incidentId)
				.query(String.class)
				.optional()
				.orElse(ChainHash.GENESIS);
			String hash = TimelineChain.hash(previous, incidentId, db(at).toInstant(java.time.ZoneOffset.UTC), actor,
					type.name(), text);
			jdbc.sql("insert into fb_timeline_entry (incident_id, at, actor, type, details, prev_hash, hash)"
					+ " values (?, ?, ?, ?, ?, ?, ?)")
				.params(incidentId, db(at), actor, type.name(), text, previous, hash)
				.update();
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public void rca(long incidentId, String at, String actor, String preventiveActions) {
		entry(incidentId, at, TimelineType.ROOT_CAUSE_RECORDED, actor, Map.of("rootCauseCategory", "CONFIGURATION",
				"fiveWhys", List.of("why"), "contributingFactors", "none", "preventiveActions", preventiveActions));
	}

	public void hotfix(long incidentId, String at) {
		entry(incidentId, at, TimelineType.HOTFIX_DEPLOYED, "ravi", Map.of("changeDescription", "fix", "reference",
				"PR-1", "deployedAt", at, "rollbackPlan", "revert", "testedInStaging", true));
	}

	/**
	 * Groups these incidents into one new problem, as the problem feature does when they
	 * share a fingerprint: the first one's service and title, each linked with its
	 * detection time.
	 */
	public void sameProblem(long first, long... others) {
		Map<String, Object> row = jdbc.sql("select service_name, title, detected_at from fb_incident where id = ?")
			.param(first)
			.query()
			.singleRow();
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into fb_problem (key_kind, problem_key, service, title, first_seen, last_seen, incident_count)
				values ('SERVICE_TITLE', :key, :service, :title, :detected, :detected, 0)""")
			.param("key", "test:" + UUID.randomUUID())
			.param("service", row.get("service_name"))
			.param("title", row.get("title"))
			.param("detected", row.get("detected_at"))
			.update(key);
		long problem = key.getKey().longValue();
		List<Long> incidents = new ArrayList<>(List.of(first));
		for (long other : others) {
			incidents.add(other);
		}
		for (long incident : incidents) {
			jdbc.sql("""
					insert into fb_problem_incident (incident_id, problem_id, detected_at)
					select id, :problem, detected_at from fb_incident where id = :incident""")
				.param("problem", problem)
				.param("incident", incident)
				.update();
		}
		jdbc.sql("update fb_problem set incident_count = ? where id = ?").params(incidents.size(), problem).update();
	}

	public long probe(String service) {
		ApiClient.Response created = api().post("adam", "/api/v1/probes", Map.of("name", "Health of " + service, "url",
				"http://127.0.0.1:9/health", "service", service, "enabled", false));
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		long id = created.body().get("id").asLong();
		probes.add(id);
		return id;
	}

	/** A heartbeat of the service, disabled like the HTTP ones, every 3600 s. */
	public long heartbeat(String service) {
		ApiClient.Response created = api().post("adam", "/api/v1/probes", Map.of("name", "Job of " + service, "kind",
				"HEARTBEAT", "intervalSeconds", 3600, "service", service, "enabled", false));
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		long id = created.body().get("id").asLong();
		probes.add(id);
		return id;
	}

	public void sample(long probe, String at, boolean up, Integer responseMs) {
		sample(probe, at, up ? "UP" : "DOWN", responseMs);
	}

	/**
	 * @param status UP, DEGRADED (up, but slow) or DOWN
	 */
	public void sample(long probe, String at, String status, Integer responseMs) {
		boolean up = !status.equals("DOWN");
		jdbc.sql("insert into fb_probe_sample (probe_id, at, up, status, status_code, response_ms, error)"
				+ " values (?, ?, ?, ?, ?, ?, ?)")
			.params(probe, db(at), up, status, up ? 200 : 503, responseMs, up ? null : "status 503 is outside 200–399")
			.update();
	}

	public void deleteProbes() {
		probes.forEach(id -> api().delete("adam", "/api/v1/probes/" + id));
		probes.clear();
	}

	static LocalDateTime db(String instant) {
		return instant == null ? null : LocalDateTime.ofInstant(Instant.parse(instant), ZoneOffset.UTC);
	}

	/** An incident row with the times a test names; the rest follows from them. */
	public final class IncidentBuilder {

		private final String service;

		private final Priority priority;

		private String title = "Something broke";

		private String detected;

		private String acknowledged;

		private String mitigated;

		private String resolved;

		private String closed;

		private String ackDue;

		private String resolveDue;

		private IncidentStatus status;

		private Resolution resolution;

		private Long recurrenceOf;

		private IncidentBuilder(String service, Priority priority) {
			this.service = service;
			this.priority = priority;
		}

		public IncidentBuilder title(String title) {
			this.title = title;
			return this;
		}

		public IncidentBuilder detected(String at) {
			this.detected = at;
			return this;
		}

		public IncidentBuilder acknowledged(String at) {
			this.acknowledged = at;
			return this;
		}

		public IncidentBuilder resolved(String at) {
			this.resolved = at;
			return this;
		}

		public IncidentBuilder due(String acknowledge, String resolve) {
			this.ackDue = acknowledge;
			this.resolveDue = resolve;
			return this;
		}

		public IncidentBuilder cancelled(String at) {
			this.status = IncidentStatus.CANCELLED;
			this.resolution = Resolution.DUPLICATE;
			this.closed = at;
			return this;
		}

		/** Monitoring reported recovery before anyone acknowledged. */
		public IncidentBuilder recoveredUnacknowledged(String at) {
			this.status = IncidentStatus.MITIGATED;
			this.resolution = Resolution.RECOVERED;
			this.mitigated = at;
			return this;
		}

		public IncidentBuilder recurrenceOf(long id) {
			this.recurrenceOf = id;
			return this;
		}

		public long insert() {
			IncidentStatus effective = status != null ? status : resolved != null ? IncidentStatus.RESOLVED
					: acknowledged != null ? IncidentStatus.ACKNOWLEDGED : IncidentStatus.OPEN;
			KeyHolder key = new GeneratedKeyHolder();
			jdbc.sql(
					"""
							insert into fb_incident (version, title, service_name, team, severity, impact, priority, status,
							  stage, resolution, rca_required, escalation_level, reported_by, detected_at, acknowledged_at,
							  mitigated_at, resolved_at, closed_at, ack_due_at, resolve_due_at, recurrence_of, occurrences, stale)
							values (0, :title, :service, :team, 'HIGH', 'MEDIUM', :priority, :status, 'DIAGNOSIS', :resolution,
							  :rca, 0, 'test', :detected, :acknowledged, :mitigated, :resolved, :closed, :ackDue, :resolveDue,
							  :recurrenceOf, 1, :stale)""")
				.param("title", title)
				.param("service", service)
				.param("team", catalogue.find(service).orElseThrow().owningTeam())
				.param("priority", priority.name())
				.param("status", effective.name())
				.param("resolution", resolution == null ? null : resolution.name())
				.param("rca", false)
				.param("detected", db(detected))
				.param("acknowledged", db(acknowledged))
				.param("mitigated", db(mitigated))
				.param("resolved", db(resolved))
				.param("closed", db(closed))
				.param("ackDue", db(ackDue))
				.param("resolveDue", db(resolveDue))
				.param("recurrenceOf", recurrenceOf)
				.param("stale", false)
				.update(key);
			return key.getKey().longValue();
		}

	}

	public static String number(long id) {
		return Incident.number(id);
	}

}
