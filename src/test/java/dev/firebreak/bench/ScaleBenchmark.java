package dev.firebreak.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import barewebapp.BareWebApp;
import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.FirebreakApplication;
import dev.firebreak.incident.Incident;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The pages and reports people use every day, on a year of data (docs/performance.md):
 * generates the year ({@link BenchYear}), starts the application on it, makes the live
 * part through the API (a responder with 200 open tasks, an incident with 10,000 alert
 * repeats and 500 timeline entries), then times each figure of issue 14's table against a
 * primary-key lookup of one incident in the same rounds, and cold starts against a bare
 * Spring Boot web app started by the same command. Prints a table; asserts nothing.
 * <p>
 * Arguments: {@code h2|mariadb [--incidents=N] [--probe-interval=SECONDS] [--rounds=R]}
 * (defaults 1,000,000, 60 s, 40). For MariaDB the database is {@code firebreak_scale}
 * unless {@code FIREBREAK_BENCH_MYSQL_DATABASE} names another.
 */
public final class ScaleBenchmark {

	private static final String ADMIN_PASSWORD = "bench-Admin-pass-4711-firebreak";

	private static final String PASSWORD = "bench-person-pass-4711";

	private static final String MANAGER = "bench-manager";

	private static final String RESPONDER = "bench-responder";

	private static final Path WORK = Path.of("target", "bench");

	private static final int OPEN_TASKS = 200;

	private static final int REPEATS = 10_000;

	private static final int NOTES = 500;

	private static final int REPORT_ROUNDS = 5;

	private ScaleBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String kind = "h2";
		long incidents = 1_000_000;
		long probeInterval = 60;
		int rounds = 40;
		boolean reuse = false;
		for (String arg : args) {
			if (arg.startsWith("--incidents=")) {
				incidents = Long.parseLong(arg.substring("--incidents=".length()).replace("_", ""));
			}
			else if (arg.startsWith("--probe-interval=")) {
				probeInterval = Long.parseLong(arg.substring("--probe-interval=".length()));
			}
			else if (arg.startsWith("--rounds=")) {
				rounds = Integer.parseInt(arg.substring("--rounds=".length()));
			}
			else if (arg.equals("--reuse")) {
				reuse = true;
			}
			else {
				kind = arg;
			}
		}
		// the year ends two days ago, so that every generated incident is closed by now
		Instant yearEnd = LocalDate.now(ZoneOffset.UTC).minusDays(2).atStartOfDay().toInstant(ZoneOffset.UTC);
		System.setProperty("firebreak.bench.t0", yearEnd.minusSeconds(BenchIncidents.SPACING * incidents).toString());
		BenchDatabase database = reuse ? BenchDatabase.existing(kind, "firebreak_scale")
				: BenchDatabase.fresh(kind, "firebreak_scale");
		Report report = new Report();
		report.line("Firebreak production-scale benchmark, %s", Instant.now());
		report.line(
				"%,d incidents (one every %d s up to %s), %d processed alerts each, %d probes sampled every %d s;"
						+ " %d measured rounds",
				incidents, BenchIncidents.SPACING, yearEnd, 10, 100, probeInterval, rounds);
		report.line("JVM %s, %d cores, load average %.2f at the start", Runtime.version(),
				Runtime.getRuntime().availableProcessors(), load());

		List<String> settings = arguments(database);
		ColdStart cold = new ColdStart(WORK.resolve("cold-start"));
		String firebreak = FirebreakApplication.class.getName();
		String bare = BareWebApp.class.getName();
		double fresh = reuse ? Double.NaN : cold.seconds("firebreak fresh", firebreak, settings, "/actuator/health");
		double empty = reuse ? Double.NaN : cold.seconds("firebreak empty", firebreak, settings, "/actuator/health");
		double bareEmpty = reuse ? Double.NaN : cold.seconds("bare empty", bare, List.of(), "/health");

		Figures figures;
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(FirebreakApplication.class)
			.run(inProcess(settings))) {
			figures = new ScaleBenchmark.Run(app, database).run(incidents, probeInterval, rounds, yearEnd, reuse,
					report);
		}
		double big = reuse ? Double.NaN : cold.seconds("firebreak big", firebreak, settings, "/actuator/health");
		double bareBig = reuse ? Double.NaN : cold.seconds("bare big", bare, List.of(), "/health");

		report.row("figure", "p50", "p95", "p95 / PK lookup", "target", "met");
		report.rule();
		figures.print(report);
		report.row("cold start to healthy, fresh database (migrations), s", "%.1f".formatted(fresh), "",
				"%.2f × bare".formatted(fresh / bareEmpty), "", "");
		report.row("cold start to healthy, empty database, s", "%.1f".formatted(empty), "",
				"%.2f × bare (%.1f s)".formatted(empty / bareEmpty, bareEmpty), "≤ 1.5 × bare",
				met(empty <= 1.5 * bareEmpty));
		report.row("cold start to healthy, %,d incidents, s".formatted(incidents), "%.1f".formatted(big), "",
				"%.2f × bare (%.1f s)".formatted(big / bareBig, bareBig), "≤ 1.5 × bare", met(big <= 1.5 * bareBig));
		report.row("two nodes vs one, new incidents/s through intake", "", "", "", "≥ 1.6 × one node", "not measured");
		report.line("");
		report.line("load average at the end %.2f", load());
		report.print();
	}

	/** The settings of every start, as command-line arguments so that they win. */
	private static List<String> arguments(BenchDatabase database) {
		Map<String, Object> settings = new LinkedHashMap<>(database.properties());
		settings.putAll(Map.of("spring.main.banner-mode", "off", "logging.level.root", "WARN",
				"firebreak.security.admin-password", ADMIN_PASSWORD, "firebreak.security.bcrypt-strength", 4,
				"firebreak.exports.directory", WORK.resolve("exports").toString(),
				// no mail server runs beside the benchmark; health would stay DOWN
				"management.health.mail.enabled", false));
		return settings.entrySet().stream().map(setting -> "--" + setting.getKey() + "=" + setting.getValue()).toList();
	}

	/**
	 * In this JVM: the timers' job executor, probes and the report scheduler are off, so
	 * that only the measured requests (and the intake worker, for the live part) run.
	 */
	private static String[] inProcess(List<String> settings) {
		List<String> all = new ArrayList<>(settings);
		all.addAll(List.of("--server.port=0", "--camunda.bpm.job-execution.enabled=false",
				"--firebreak.probes.scheduler-enabled=false", "--firebreak.reports.scheduler-enabled=false",
				"--firebreak.exports.sweep-interval=1h", "--firebreak.intake.max-backlog=10000000"));
		return all.toArray(String[]::new);
	}

	private static double load() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	private static String met(boolean met) {
		return met ? "yes" : "NO";
	}

	/** One run against the started application. */
	private static final class Run {

		private final ConfigurableApplicationContext app;

		private final BenchDatabase database;

		private final JdbcTemplate jdbc;

		private final int port;

		private final BenchHttp admin;

		private final BenchHttp manager;

		private final BenchHttp responder;

		Run(ConfigurableApplicationContext app, BenchDatabase database) {
			this.app = app;
			this.database = database;
			this.jdbc = app.getBean(JdbcTemplate.class);
			this.port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
			this.admin = new BenchHttp(port, "admin", ADMIN_PASSWORD);
			this.manager = new BenchHttp(port, MANAGER, PASSWORD);
			this.responder = new BenchHttp(port, RESPONDER, PASSWORD);
		}

		/**
		 * @param reuse the database holds a previous run's year and live part: measure
		 * only
		 */
		Figures run(long incidents, long probeInterval, int rounds, Instant yearEnd, boolean reuse, Report report)
				throws Exception {
			String big;
			if (reuse) {
				big = Incident
					.number(jdbc.queryForObject("select id from fb_incident where dedup_key = 'big-0'", Long.class));
				analyse();
				report.line("database: %s, as a previous run left it (--reuse)", database.durability(jdbc));
			}
			else {
				String key = setUp();
				long integration = jdbc
					.queryForObject("select id from fb_integration where name = 'bench-alertmanager'", Long.class);
				BenchYear year = new BenchYear(database.bulkLoading().orElse(app.getBean(DataSource.class)));
				year.load(new BenchYear.Size(incidents, 10, 100, Duration.ofSeconds(probeInterval)), integration,
						yearEnd);
				year.restartIdentities(database.kind());
				analyse();
				report.line("database: %s", database.durability(jdbc));
				long began = System.nanoTime();
				big = liveIncidents(key);
				report.line(
						"live part through the API in %.0f s: %d open tasks of %s, incident %s with %,d repeats"
								+ " and %d notes",
						(System.nanoTime() - began) / 1e9, OPEN_TASKS, RESPONDER, big, REPEATS, NOTES);
			}

			String some = Incident.number(incidents / 2);
			LocalDate day = LocalDate.ofInstant(yearEnd, ZoneOffset.UTC).minusDays(1);
			YearMonth month = YearMonth.from(day).minusMonths(1);
			LocalDate weekFrom = day.minusDays(6);
			Figures figures = new Figures(database.kind());
			figures.add("PK lookup: GET /api/v1/incidents/{number} (the ratios' baseline)", null,
					() -> manager.get("/api/v1/incidents/" + some));
			figures.add("(PK lookup, plain JDBC in the same JVM)", null,
					() -> jdbc.queryForMap("select * from fb_incident where id = ?", incidents / 2));
			figures.add("manager dashboard", Target.DASHBOARD, () -> manager.get("/dashboard"));
			figures.add("manager dashboard, one team", Target.DASHBOARD, () -> manager.get("/dashboard?team=team-3"));
			figures.add("My work, 200 open tasks", Target.THREE, () -> responder.get("/work"));
			figures.add("issue log, no filter", Target.THREE, () -> manager.get("/issue-log"));
			figures.add("issue log, text", Target.THREE, () -> manager.get("/issue-log?q=disk"));
			figures.add("issue log, service", Target.THREE, () -> manager.get("/issue-log?service=service-7"));
			figures.add("issue log, team", Target.THREE, () -> manager.get("/issue-log?team=team-3"));
			figures.add("issue log, priority", Target.THREE, () -> manager.get("/issue-log?priority=P1"));
			figures.add("issue log, status open", Target.THREE, () -> manager.get("/issue-log?status=OPEN"));
			figures.add("issue log, status closed", Target.THREE, () -> manager.get("/issue-log?status=CLOSED"));
			figures.add("issue log, one week", Target.THREE,
					() -> manager.get("/issue-log?from=" + weekFrom + "&to=" + day));
			figures.add("issue log, all filters", Target.THREE, () -> manager.get("/issue-log?q=disk&service=service-7"
					+ "&team=team-7&priority=P4&status=CLOSED&from=" + weekFrom + "&to=" + day));
			figures.add("incident page, %,d repeats, %d+ entries".formatted(REPEATS, NOTES), Target.FIVE,
					() -> manager.get("/incidents/" + big));
			// warm-up, then rounds interleaved so that the machine's load weighs on all
			figures.measure(5, false);
			figures.measure(rounds, true);
			figures.addSlow("daily report generation (" + day + "), s", Target.TWO_SECONDS,
					() -> manager.post("/api/v1/reports/daily/" + day + "/regenerate", Map.of(), 200));
			figures.addSlow("monthly SLA report (" + month + "), s", Target.TWO_SECONDS,
					() -> manager.getJson("/api/v1/reports/sla/" + month));
			figures.measureSlow(REPORT_ROUNDS);
			return figures;
		}

		/** Teams, services, people and an Alertmanager integration, through the API. */
		private String setUp() throws Exception {
			for (int team = 0; team < BenchIncidents.TEAMS; team++) {
				admin.post("/api/v1/teams", Map.of("name", "team-" + team), 201);
			}
			for (int service = 0; service < BenchIncidents.SERVICES; service++) {
				admin.post("/api/v1/services", Map.of("name", "service-" + service, "tier", 1 + service % 3,
						"owningTeam", "team-" + service % BenchIncidents.TEAMS), 201);
			}
			admin.post("/api/v1/users", Map.of("username", MANAGER, "displayName", "Bench Manager", "password",
					PASSWORD, "roles", List.of("MANAGER")), 201);
			admin.post("/api/v1/users", Map.of("username", RESPONDER, "displayName", "Bench Responder", "password",
					PASSWORD, "roles", List.of("RESPONDER")), 201);
			admin.post("/api/v1/teams/team-0/members", Map.of("username", RESPONDER), 200);
			return admin.post("/api/v1/integrations",
					Map.of("name", "bench-alertmanager", "type", "ALERTMANAGER", "defaultService", "service-1"), 201)
				.get("key")
				.asText();
		}

		/**
		 * Fresh statistics after a bulk load, as a DBA would have them (MariaDB only).
		 */
		private void analyse() {
			if (database.kind().equals("mariadb")) {
				for (String table : List.of("fb_incident", "fb_timeline_entry", "fb_work_task", "fb_alert_event",
						"fb_probe_sample")) {
					jdbc.queryForList("analyze table " + table);
				}
			}
			else {
				jdbc.execute("analyze");
			}
		}

		/**
		 * 200 incidents of the responder's team whose diagnosis they claimed, and one
		 * incident with 10,000 repeats of its alert and 500 notes.
		 * @return the big incident's number
		 */
		private String liveIncidents(String key) throws Exception {
			new AlertSender(port, key, "service-0").send("mine", OPEN_TASKS, OPEN_TASKS, 50, 4);
			new AlertSender(port, key, "service-1").send("big", REPEATS + 1, 1, 50, 4);
			while (!jdbc.queryForList("select id from fb_alert_event where status = 'PENDING' limit 1", Long.class)
				.isEmpty()) {
				Thread.sleep(50);
			}
			int claimed = 0;
			for (JsonNode task : responder.getJson("/api/v1/tasks?scope=team")) {
				if (task.get("assignee").isNull() && task.get("team").asText().equals("team-0")) {
					responder.post("/api/v1/tasks/" + task.get("id").asText() + "/claim", Map.of(), 200);
					claimed++;
				}
			}
			if (claimed != OPEN_TASKS) {
				throw new IllegalStateException("claimed " + claimed + " tasks, expected " + OPEN_TASKS);
			}
			long id = jdbc.queryForObject("select id from fb_incident where dedup_key = 'big-0'", Long.class);
			String number = Incident.number(id);
			for (int note = 0; note < NOTES; note++) {
				admin.post("/api/v1/incidents/" + number + "/notes",
						Map.of("text", "Still looking at the load balancer, step " + note), 201);
			}
			return number;
		}

	}

	/** Issue 14's targets. */
	enum Target {

		DASHBOARD("≤ 3 × PK, ≤ 50 ms on MariaDB"), THREE("≤ 3 × PK"), FIVE("≤ 5 × PK"), TWO_SECONDS("≤ 2 s");

		private final String text;

		Target(String text) {
			this.text = text;
		}

	}

	/** Timed figures; the first one added is the primary-key baseline. */
	private static final class Figures {

		private final List<Figure> fast = new ArrayList<>();

		private final List<Figure> slow = new ArrayList<>();

		private final String kind;

		Figures(String kind) {
			this.kind = kind;
		}

		void add(String label, Target target, Call call) {
			fast.add(new Figure(label, target, call, new ArrayList<>()));
		}

		void addSlow(String label, Target target, Call call) {
			slow.add(new Figure(label, target, call, new ArrayList<>()));
		}

		void measure(int rounds, boolean keep) throws Exception {
			for (int round = 0; round < rounds; round++) {
				for (Figure figure : fast) {
					figure.time(keep);
				}
			}
		}

		void measureSlow(int rounds) throws Exception {
			for (Figure figure : slow) {
				figure.time(false);
				for (int round = 0; round < rounds; round++) {
					figure.time(true);
				}
			}
		}

		void print(Report report) {
			double pk = fast.get(0).percentile(0.95);
			for (Figure figure : fast) {
				double p95 = figure.percentile(0.95);
				String met = "";
				if (figure.target() == Target.DASHBOARD) {
					met = met(p95 <= 3 * pk && (!kind.equals("mariadb") || p95 <= 50));
				}
				else if (figure.target() == Target.THREE) {
					met = met(p95 <= 3 * pk);
				}
				else if (figure.target() == Target.FIVE) {
					met = met(p95 <= 5 * pk);
				}
				report.row(figure.label() + ", ms", "%.1f".formatted(figure.percentile(0.5)), "%.1f".formatted(p95),
						"%.2f".formatted(p95 / pk), figure.target() == null ? "" : figure.target().text, met);
			}
			for (Figure figure : slow) {
				double p95 = figure.percentile(0.95) / 1000;
				report.row(figure.label(), "%.2f".formatted(figure.percentile(0.5) / 1000), "%.2f".formatted(p95),
						"%.0f".formatted(p95 * 1000 / pk), figure.target().text, met(p95 <= 2));
			}
		}

	}

	@FunctionalInterface
	interface Call {

		Object call() throws Exception;

	}

	/** One figure and its times in milliseconds. */
	private record Figure(String label, Target target, Call call, List<Double> millis) {

		void time(boolean keep) throws Exception {
			long began = System.nanoTime();
			call.call();
			if (keep) {
				millis.add((System.nanoTime() - began) / 1e6);
			}
		}

		/** Nearest rank. */
		double percentile(double p) {
			List<Double> sorted = millis.stream().sorted().toList();
			return sorted.get((int) Math.ceil(p * sorted.size()) - 1);
		}

	}

}
