package dev.firebreak.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.firebreak.FirebreakApplication;
import dev.firebreak.incident.Incident;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Intake throughput against the engine's own speed, in one JVM on one database (see
 * docs/performance.md). Prints a table; asserts nothing, because a loaded machine is
 * slower, not wrong.
 *
 * <p>
 * Arguments: {@code h2|mariadb [newIncidents] [duplicates] [baselineStarts]}.
 */
public final class IntakeBenchmark {

	private static final String ADMIN_PASSWORD = "bench-Admin-pass-4711-firebreak";

	private static final String SERVICE = "bench-svc";

	private static final String TEAM = "bench";

	private static final int PER_REQUEST = 50;

	private static final int CONNECTIONS = 4;

	/** Distinct alert names in the storm a user's monitoring sends (issue 14). */
	private static final int NAMES = 2_000;

	private final ConfigurableApplicationContext app;

	private final JdbcTemplate jdbc;

	private final StatementCounter counter;

	private final int port;

	private IntakeBenchmark(ConfigurableApplicationContext app, StatementCounter counter) {
		this.app = app;
		this.jdbc = app.getBean(JdbcTemplate.class);
		this.counter = counter;
		this.port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
	}

	public static void main(String[] args) throws Exception {
		String kind = args.length > 0 ? args[0] : "h2";
		int newIncidents = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
		int duplicates = args.length > 2 ? Integer.parseInt(args[2]) : 50_000;
		int baselineStarts = args.length > 3 ? Integer.parseInt(args[3]) : 3_000;

		BenchDatabase database = BenchDatabase.fresh(kind);
		StatementCounter counter = new StatementCounter();
		Map<String, Object> settings = new LinkedHashMap<>(database.properties());
		settings.putAll(Map.of("server.port", 0, "spring.main.banner-mode", "off", "logging.level.root", "WARN",
				"firebreak.security.admin-password", ADMIN_PASSWORD, "firebreak.security.bcrypt-strength", 4,
				// the benchmark posts faster than anyone drains; it measures, it does not
				// test back-pressure
				"firebreak.intake.max-backlog", 10_000_000, "firebreak.exports.directory", "target/bench/exports"));
		// as command-line arguments, so that they win over application.yaml
		String[] arguments = settings.entrySet()
			.stream()
			.map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
			.toArray(String[]::new);
		ConfigurableApplicationContext app = new SpringApplicationBuilder(FirebreakApplication.class)
			.initializers(context -> context.getBeanFactory().addBeanPostProcessor(counter))
			.run(arguments);
		try {
			new IntakeBenchmark(app, counter).run(database, newIncidents, duplicates, baselineStarts);
		}
		finally {
			app.close();
		}
	}

	private void run(BenchDatabase database, int newIncidents, int duplicates, int baselineStarts) throws Exception {
		String key = setUp();
		AlertSender sender = new AlertSender(port, key, SERVICE);
		AlertSender distinct = new AlertSender(port, key, alert -> SERVICE,
				alert -> AlertSender.distinctName(alert, NAMES));
		AlertSender mixed = new AlertSender(port, key, alert -> SERVICE,
				alert -> alert % 2 == 0 ? AlertSender.SINGLE_NAME : AlertSender.distinctName(alert, NAMES));
		AlertSender warmNames = new AlertSender(port, key, alert -> SERVICE,
				alert -> "Warm" + AlertSender.distinctName(alert, NAMES));
		String history = app.getBean(ProcessEngine.class).getProcessEngineConfiguration().getHistory();
		double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

		// Warm-up: the same three phases, small, so that the measured ones run compiled
		// code
		baseline(300);
		intake(sender, "warm", 1_000, 1_000);
		intake(sender, "warm", 5_000, 1_000);
		intake(warmNames, "warmnames", 1_000, 1_000);

		double baseline = baseline(baselineStarts);
		Phase opened = intake(sender, "alert", newIncidents, newIncidents);
		Phase repeated = intake(sender, "alert", duplicates, newIncidents);
		Phase named = intake(distinct, "names", newIncidents, newIncidents);
		Phase half = intake(mixed, "mixed", newIncidents, newIncidents);
		// one name again, on the grown database and whatever load the machine has now:
		// the distinct-name phases are compared with the mean of the two
		Phase again = intake(sender, "again", newIncidents, newIncidents);
		double oneName = (opened.perSecond() + again.perSecond()) / 2;
		check("alert", newIncidents, duplicates);
		check("again", newIncidents, 0);
		check("names", newIncidents, 0);
		check("mixed", newIncidents, 0);

		double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		Report report = new Report();
		report.line("Firebreak intake benchmark, %s", Instant.now());
		report.line("database: %s; history level: %s", database.durability(jdbc), history);
		report.line("JVM %s, %d cores, load average %.2f before, %.2f after", Runtime.version(),
				Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter);
		report.line("new alerts: %,d, %d per request, %d connections; duplicates: %,d; baseline starts: %,d",
				newIncidents, PER_REQUEST, CONNECTIONS, duplicates, baselineStarts);
		report.line("");
		report.row("figure", "measured", "ratio", "target", "met");
		report.rule();
		report.row("raw startProcessInstanceByKey, per second", "%,.0f".formatted(baseline), "1.00", "baseline", "");
		report.row("new incidents per second through intake", "%,.0f".formatted(opened.perSecond()),
				"%.2f × baseline".formatted(opened.perSecond() / baseline), minimum(database),
				met(opened.perSecond() >= 0.8 * baseline && opened.perSecond() >= minimumRate(database)));
		report.row("duplicate alerts per second", "%,.0f".formatted(repeated.perSecond()),
				"%.1f × new".formatted(repeated.perSecond() / opened.perSecond()), "≥ 20 × new",
				met(repeated.perSecond() >= 20 * opened.perSecond()));
		report.row("ACT_* statements per duplicate", "%.3f".formatted(repeated.enginePerAlert()), "", "0",
				met(repeated.statements().engine() == 0));
		report.row("new incidents per second, %,d distinct alert names".formatted(NAMES),
				"%,.0f".formatted(named.perSecond()),
				"%.2f × one name".formatted(opened.perSecond() / named.perSecond()), "≤ 1.5 × slower than one name",
				met(opened.perSecond() <= 1.5 * named.perSecond()));
		report.row("new incidents per second, half one name, half %,d names".formatted(NAMES),
				"%,.0f".formatted(half.perSecond()), "%.2f × one name".formatted(opened.perSecond() / half.perSecond()),
				"≤ 1.5 × slower than one name", met(opened.perSecond() <= 1.5 * half.perSecond()));
		report.row("(all statements per new incident)", "%.1f".formatted(opened.allPerAlert()), "", "", "");
		report.row("(all statements per new incident, distinct names)", "%.1f".formatted(named.allPerAlert()), "", "",
				"");
		report.row("(ACT_* statements per new incident)", "%.1f".formatted(opened.enginePerAlert()), "", "", "");
		report.row("(all statements per duplicate)", "%.2f".formatted(repeated.allPerAlert()), "", "", "");
		report.print();
	}

	/**
	 * A team, a service and an Alertmanager integration, made through the admin API.
	 * @return the integration's key
	 */
	private String setUp() throws Exception {
		admin("/api/v1/teams", Map.of("name", TEAM));
		admin("/api/v1/services", Map.of("name", SERVICE, "tier", 1, "owningTeam", TEAM));
		Map<?, ?> integration = admin("/api/v1/integrations",
				Map.of("name", "bench-alertmanager", "type", "ALERTMANAGER", "defaultService", SERVICE));
		return (String) integration.get("key");
	}

	private Map<?, ?> admin(String path, Map<String, Object> body) throws Exception {
		ObjectMapper json = new ObjectMapper();
		String basic = Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
				.header("Authorization", "Basic " + basic)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
				.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 201) {
			throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
		}
		return json.readValue(response.body(), Map.class);
	}

	/**
	 * The engine alone: the incident route started for incidents already in the table,
	 * one after another, each in its own transaction, as the engine's API does when
	 * called outside one.
	 * @return process starts per second
	 */
	private double baseline(int starts) {
		List<Long> ids = insertIncidents(starts);
		RuntimeService runtime = app.getBean(RuntimeService.class);
		long began = System.nanoTime();
		for (long id : ids) {
			runtime.startProcessInstanceByKey("incident-resolution", Incident.number(id),
					Map.of("incidentId", id, "team", TEAM));
		}
		return starts / seconds(began);
	}

	private List<Long> insertIncidents(int count) {
		String marker = "bench-baseline-" + System.nanoTime();
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.batchUpdate("""
				insert into fb_incident (version, title, service_name, team, severity, impact, status, stage,
				  rca_required, escalation_level, reported_by, detected_at, occurrences, stale, rca_requested)
				values (0, ?, ?, ?, 'CRITICAL', 'HIGH', 'OPEN', 'DETECTION', false, 0, ?, ?, 1, false, false)""",
				IntStream.range(0, count)
					.mapToObj(i -> new Object[] { "p95 latency above 2s on web-" + i, SERVICE, TEAM, marker, now })
					.toList());
		return jdbc.queryForList("select id from fb_incident where reported_by = ? order by id", Long.class, marker);
	}

	/**
	 * Posts {@code count} alerts over {@code keys} dedup keys and waits until the worker
	 * has processed every one. Timed from the first request to the last alert's commit.
	 */
	private Phase intake(AlertSender sender, String prefix, int count, int keys) throws Exception {
		counter.reset();
		long began = System.nanoTime();
		sender.send(prefix, count, keys, PER_REQUEST, CONNECTIONS);
		while (anyPending()) {
			Thread.sleep(20);
		}
		double seconds = seconds(began);
		return new Phase(count, seconds, counter.reset());
	}

	/** One index entry read, however deep the backlog: counting would slow the worker. */
	private boolean anyPending() {
		return !jdbc.queryForList("select id from fb_alert_event where status = 'PENDING' limit 1", Long.class)
			.isEmpty();
	}

	/** The figures count only if every alert ended where it should. */
	private void check(String prefix, int newIncidents, int duplicates) {
		long failed = jdbc.queryForObject("select count(*) from fb_alert_event where status <> 'DONE'", Long.class);
		long incidents = jdbc.queryForObject("select count(*) from fb_incident", Long.class);
		long processes = jdbc.queryForObject("select count(*) from ACT_HI_PROCINST", Long.class);
		Map<String, Object> alerts = jdbc.queryForMap(
				"select count(*) n, sum(occurrences) o from fb_incident where dedup_key like ?", prefix + "-%");
		long opened = ((Number) alerts.get("n")).longValue();
		long occurrences = ((Number) alerts.get("o")).longValue();
		if (failed != 0 || incidents != processes || opened != newIncidents
				|| occurrences != newIncidents + (long) duplicates) {
			throw new IllegalStateException(("alerts not done: %d, incidents %d vs processes %d, alert incidents %d "
					+ "(expected %d), occurrences %d (expected %d)")
				.formatted(failed, incidents, processes, opened, newIncidents, occurrences,
						newIncidents + (long) duplicates));
		}
	}

	private static String minimum(BenchDatabase database) {
		return "≥ 0.8 × baseline, ≥ %d/s".formatted(minimumRate(database));
	}

	private static int minimumRate(BenchDatabase database) {
		return database.kind().equals("h2") ? 400 : 200;
	}

	private static String met(boolean met) {
		return met ? "yes" : "NO";
	}

	private static double seconds(long began) {
		return (System.nanoTime() - began) / 1e9;
	}

	private record Phase(int alerts, double seconds, StatementCounter.Counts statements) {

		double perSecond() {
			return alerts / seconds;
		}

		double allPerAlert() {
			return (double) statements.all() / alerts;
		}

		double enginePerAlert() {
			return (double) statements.engine() / alerts;
		}

	}

}
