package dev.firebreak.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.ApiClient;
import dev.firebreak.ApiClient.Credentials;
import dev.firebreak.FirebreakApplication;
import dev.firebreak.incident.Incident;
import dev.firebreak.notify.NotifyProperties;
import org.camunda.bpm.engine.ProcessEngine;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How soon paging tells people, against how soon their incidents exist, in one JVM on one
 * database (see docs/performance.md): a burst of new incidents through the real intake,
 * each paging one person by email and by webhook; then escalation steps on an idle node,
 * with the real clock. Prints tables; asserts nothing, because a loaded machine is
 * slower, not wrong.
 *
 * <p>
 * Arguments: {@code h2|mariadb [burst] [escalating]}.
 */
public final class NotifyBenchmark {

	private static final String ADMIN_PASSWORD = "bench-Admin-pass-4711-firebreak";

	private static final String PASSWORD = "bench-Pager-pass-0815-firebreak";

	/** Alertmanager groups a burst into bodies of several alerts. */
	private static final int PER_REQUEST = 10;

	private static final int CONNECTIONS = 4;

	private static final int WARM_UP = 200;

	private static final String ON_CALL = "oncall";

	private static final String ON_CALL_MAIL = "oncall@bench.test";

	/** The least delay a policy's level may have; the escalating policy has three. */
	private static final int LEVEL_MINUTES = 1;

	/**
	 * The escalating incidents are opened over this time, shorter than a level's delay,
	 * so that their steps fall due spread out, on a node with nothing else to do.
	 */
	private static final Duration OPENING = Duration.ofSeconds(45);

	private final ConfigurableApplicationContext app;

	private final JdbcTemplate jdbc;

	private final ApiClient api;

	private final Arrivals arrivals;

	private final CommitTimes commits;

	private final int port;

	private NotifyBenchmark(ConfigurableApplicationContext app, Arrivals arrivals, CommitTimes commits) {
		this.app = app;
		this.jdbc = app.getBean(JdbcTemplate.class);
		this.port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
		this.api = new ApiClient(port);
		this.arrivals = arrivals;
		this.commits = commits;
	}

	public static void main(String[] args) throws Exception {
		String kind = args.length > 0 ? args[0] : "h2";
		int burst = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
		int escalating = args.length > 2 ? Integer.parseInt(args[2]) : 120;

		BenchDatabase database = BenchDatabase.fresh(kind);
		CommitTimes commits = new CommitTimes();
		try (Arrivals arrivals = new Arrivals()) {
			Map<String, Object> settings = new LinkedHashMap<>(database.properties());
			settings.put("server.port", 0);
			settings.put("spring.main.banner-mode", "off");
			settings.put("logging.level.root", "WARN");
			settings.put("firebreak.security.admin-password", ADMIN_PASSWORD);
			settings.put("firebreak.security.bcrypt-strength", 4);
			settings.put("firebreak.exports.directory", "target/bench/exports");
			settings.put("spring.mail.host", "127.0.0.1");
			settings.put("spring.mail.port", arrivals.smtpPort());
			// as in production (the defaults), whatever a test profile says
			settings.put("firebreak.notify.worker-enabled", true);
			settings.put("firebreak.notify.async-events", true);
			String[] arguments = settings.entrySet()
				.stream()
				.map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
				.toArray(String[]::new);
			ConfigurableApplicationContext app = new SpringApplicationBuilder(FirebreakApplication.class)
				.initializers(context -> context.addApplicationListener(commits))
				.run(arguments);
			try {
				new NotifyBenchmark(app, arrivals, commits).run(database, burst, escalating);
			}
			finally {
				app.close();
			}
		}
	}

	private void run(BenchDatabase database, int burst, int escalating) throws Exception {
		String key = setUp(burst, escalating);
		double loadBefore = loadAverage();

		burst(new AlertSender(port, key, i -> "warm-" + i), "warm", WARM_UP, 0);
		PagingFigures.Burst measured = burst(new AlertSender(port, key, i -> "burst-" + i), "burst", burst, WARM_UP);
		double loadBetween = loadAverage();
		PagingFigures.Escalation steps = escalation(new AlertSender(port, key, i -> "esc-" + i), escalating);
		check(WARM_UP + burst + escalating);

		NotifyProperties notify = app.getBean(NotifyProperties.class);
		Report report = new Report();
		report.line("Firebreak paging benchmark, %s", Instant.now());
		report.line("database: %s; history level: %s", database.durability(jdbc),
				app.getBean(ProcessEngine.class).getProcessEngineConfiguration().getHistory());
		report.line("JVM %s, %d cores, load average %.2f before, %.2f after the burst, %.2f at the end",
				Runtime.version(), Runtime.getRuntime().availableProcessors(), loadBefore, loadBetween, loadAverage());
		report.line(
				"burst: %,d alerts for as many services, %d per request, %d connections (after a warm-up of %d);"
						+ " the last 202 %.1f s, the last page %.1f s after the first 202",
				burst, PER_REQUEST, CONNECTIONS, WARM_UP, measured.lastAccepted(), measured.lastPage());
		report.line("each incident pages one person by email (SMTP on 127.0.0.1) and by signed webhook (HTTP on"
				+ " 127.0.0.1); worker: batches of %d, %d senders", notify.batchSize(), notify.senders());
		report.line("");
		report.row("after the alert's 202", "p50", "p99", "max", "target", "met");
		report.rule();
		measured.rows(report);
		report.line("");
		report.line(
				"escalation: %d incidents opened over %d s, policy of 3 levels %d min apart, nobody acknowledges;"
						+ " real clock, idle node; %d steps",
				escalating, OPENING.toSeconds(), LEVEL_MINUTES, 2 * escalating);
		report.line("");
		report.row("escalation step, after its due time", "p50", "p99", "max", "target", "met");
		report.rule();
		steps.rows(report);
		report.print();
	}

	/**
	 * A team whose default policy pages {@value #ON_CALL} (email and webhook) and never
	 * escalates, a team whose policy climbs three people one minute apart, a tier-1
	 * service per alert, and an Alertmanager integration.
	 * @return the integration's key
	 */
	private String setUp(int burst, int escalating) {
		admin("/api/v1/teams", Map.of("name", "bench"));
		person(ON_CALL, "bench", ON_CALL_MAIL);
		post(ON_CALL, PASSWORD, "/api/v1/me/contact-methods",
				Map.of("kind", "WEBHOOK", "label", "pager app", "address", arrivals.webhookUrl("/hooks/oncall")));
		policy("bench", 60, List.of(ON_CALL));
		admin("/api/v1/teams", Map.of("name", "bench-esc"));
		for (int level = 1; level <= 3; level++) {
			person("esc-" + level, "bench-esc", escalationMail(level));
		}
		policy("bench-esc", LEVEL_MINUTES, List.of("esc-1", "esc-2", "esc-3"));
		services("warm", WARM_UP, "bench");
		services("burst", burst, "bench");
		services("esc", escalating, "bench-esc");
		JsonNode integration = admin("/api/v1/integrations",
				Map.of("name", "bench-alertmanager", "type", "ALERTMANAGER", "defaultService", "burst-0"));
		return integration.get("key").asText();
	}

	private void person(String username, String team, String mail) {
		admin("/api/v1/users", Map.of("username", username, "displayName", username, "password", PASSWORD, "roles",
				List.of("RESPONDER")));
		admin("/api/v1/teams/" + team + "/members", Map.of("username", username));
		post(username, PASSWORD, "/api/v1/me/contact-methods",
				Map.of("kind", "EMAIL", "label", "work email", "address", mail));
	}

	/** The team's default policy: one level per person, in order, each once. */
	private void policy(String team, int delayMinutes, List<String> people) {
		List<Map<String, Object>> levels = people.stream()
			.map(person -> Map.<String, Object>of("delayMinutes", delayMinutes, "targets",
					List.of(Map.of("kind", "USER", "ref", person))))
			.toList();
		admin("/api/v1/escalation-policies", Map.of("team", team, "name", "policy of " + team, "levels", levels,
				"repeatCount", 1, "teamDefault", true));
	}

	private void services(String prefix, int count, String team) {
		for (int i = 0; i < count; i++) {
			admin("/api/v1/services", Map.of("name", prefix + "-" + i, "tier", 1, "owningTeam", team));
		}
	}

	private JsonNode admin(String path, Object body) {
		return post("admin", ADMIN_PASSWORD, path, body);
	}

	private JsonNode post(String user, String password, String path, Object body) {
		ApiClient.Response response = api.call(Credentials.basic(user, password), HttpMethod.POST, path, body);
		if (response.status() != 201 && response.status() != 200) {
			throw new IllegalStateException(path + " answered " + response.status() + ": " + response.body());
		}
		return response.body();
	}

	/**
	 * Sends {@code count} new alerts at once and waits until every incident has paged
	 * {@value #ON_CALL} by both channels ({@code before}: pages of earlier bursts).
	 */
	private PagingFigures.Burst burst(AlertSender sender, String prefix, int count, int before) throws Exception {
		Instant[] accepted = sender.send(prefix, count, count, PER_REQUEST, CONNECTIONS);
		await(() -> arrivals.mailCount(ON_CALL_MAIL) >= before + count && arrivals.webhookCount() >= before + count,
				Duration.ofMinutes(10), "the burst's pages");
		Map<String, List<Instant>> mails = arrivals.mails(ON_CALL_MAIL);
		Map<String, List<Instant>> webhooks = arrivals.webhooks();
		PagingFigures.Burst burst = new PagingFigures.Burst();
		incidents(prefix).forEach((alert, id) -> {
			String number = Incident.number(id);
			burst.add(accepted[alert], commits.opened(id), only(mails, number), only(webhooks, number));
		});
		return burst;
	}

	/**
	 * Opens incidents one by one over {@link #OPENING}, then waits, without touching the
	 * clock, until each has climbed to the policy's last level.
	 */
	private PagingFigures.Escalation escalation(AlertSender sender, int count) throws Exception {
		long began = System.nanoTime();
		for (int i = 0; i < count; i++) {
			sender.sendOne("esc", i);
			long next = began + OPENING.toNanos() * (i + 1) / count;
			Thread.sleep(Math.max(0, (next - System.nanoTime()) / 1_000_000));
		}
		await(() -> arrivals.mailCount(escalationMail(3)) >= count,
				Duration.ofMinutes(2L * LEVEL_MINUTES).plus(Duration.ofMinutes(3)), "the last level's pages");
		List<Map<String, List<Instant>>> mails = List.of(arrivals.mails(escalationMail(2)),
				arrivals.mails(escalationMail(3)));
		PagingFigures.Escalation escalation = new PagingFigures.Escalation();
		for (long id : incidents("esc").values()) {
			String number = Incident.number(id);
			Map<Integer, Instant> due = nextLevelDue(number);
			for (int level = 1; level <= 2; level++) {
				escalation.add(due.get(level), commits.escalated(id, level), only(mails.get(level - 1), number));
			}
		}
		return escalation;
	}

	/** When each level's successor fell due, from its PAGED entry (in milliseconds). */
	private Map<Integer, Instant> nextLevelDue(String number) {
		JsonNode timeline = api
			.call(Credentials.basic("admin", ADMIN_PASSWORD), HttpMethod.GET, "/api/v1/incidents/" + number, null)
			.body()
			.get("timeline");
		Map<Integer, Instant> due = new LinkedHashMap<>();
		for (JsonNode entry : timeline) {
			JsonNode details = entry.get("details");
			if (entry.get("type").asText().equals("PAGED") && details.get("level").asInt() < 3) {
				due.put(details.get("level").asInt(), Instant.parse(details.get("nextLevelAt").asText()));
			}
		}
		return due;
	}

	/** The incidents of a prefix's alerts, by alert number. */
	private Map<Integer, Long> incidents(String prefix) {
		Map<Integer, Long> byAlert = new LinkedHashMap<>();
		jdbc.query("select id, dedup_key from fb_incident where dedup_key like ? order by id", row -> {
			byAlert.put(Integer.parseInt(row.getString("dedup_key").substring(prefix.length() + 1)), row.getLong("id"));
		}, prefix + "-%");
		return byAlert;
	}

	/** The figures count only if every page went out exactly once. */
	private void check(int incidents) {
		long opened = jdbc.queryForObject("select count(*) from fb_incident", Long.class);
		long unsent = jdbc.queryForObject("select count(*) from fb_notification where status <> 'SENT'", Long.class);
		if (opened != incidents || unsent != 0) {
			throw new IllegalStateException(
					"incidents %d (expected %d), notifications not sent %d".formatted(opened, incidents, unsent));
		}
	}

	private static Instant only(Map<String, List<Instant>> arrivals, String number) {
		List<Instant> found = arrivals.getOrDefault(number, List.of());
		if (found.size() != 1) {
			throw new IllegalStateException(number + " arrived " + found.size() + " times, not once");
		}
		return found.get(0);
	}

	private static String escalationMail(int level) {
		return "esc-" + level + "@bench.test";
	}

	private static void await(Check done, Duration timeout, String what) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!done.holds()) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("waited " + timeout + " for " + what);
			}
			Thread.sleep(100);
		}
	}

	private static double loadAverage() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	private interface Check {

		boolean holds() throws Exception;

	}

}
