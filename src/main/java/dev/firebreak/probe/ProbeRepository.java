package dev.firebreak.probe;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Probes in plain SQL. Times are stored as UTC wall-clock values, like the other
 * repositories, so that no time zone can shift them. Only live (not deleted) probes are
 * ever read. Settings a probe's kind does not use are stored as their column defaults and
 * read back as null.
 */
@Repository
class ProbeRepository {

	private static final String COLUMNS = """
			id, name, kind, url, method, interval_seconds, timeout_ms, expected_status_min, expected_status_max,
			keyword, failures_before_alert, service, enabled, created_at, created_by, next_run_at,
			consecutive_failures, alerting, host, port, headers, body, expected_statuses, json_path, json_expected,
			redirects, degraded_above_ms, degraded_after, record_type, expected_value, dns_server, warn_days,
			allow_untrusted, grace_seconds, ping_token_hint, last_ping_at, run_started_at, data_source, query_text,
			expectation, expected_min, expected_max, consecutive_degraded, degraded_alerting, alert_sent_at,
			last_status, last_checked_at, compare_url""";

	/** The settings columns, in the order {@link #settings} gives their values. */
	private static final String SETTINGS = """
			name, kind, url, method, interval_seconds, timeout_ms, expected_status_min, expected_status_max,
			keyword, failures_before_alert, enabled, host, port, headers, body, expected_statuses, json_path,
			json_expected, redirects, degraded_above_ms, degraded_after, record_type, expected_value, dns_server,
			warn_days, allow_untrusted, grace_seconds, data_source, query_text, expectation, expected_min,
			expected_max, compare_url""";

	private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	ProbeRepository(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * A new polled probe is due at once; a new heartbeat when its first period and grace
	 * are over.
	 * @param pingTokenHash a heartbeat's secret, hashed; null for other kinds
	 */
	long insert(ProbeRequest probe, String pingTokenHash, String pingTokenHint, String createdBy, Instant at) {
		KeyHolder key = new GeneratedKeyHolder();
		List<Object> values = settings(probe);
		values.addAll(List.of(probe.service(), toDb(at), createdBy, toDb(firstRun(probe, at)), 0, false));
		values.add(pingTokenHash);
		values.add(pingTokenHint);
		jdbc.sql("insert into fb_probe (" + SETTINGS + ", service, created_at, created_by, next_run_at,"
				+ " consecutive_failures, alerting, ping_token_hash, ping_token_hint) values ("
				+ "?, ".repeat(values.size() - 1) + "?)")
			.params(values)
			.update(key);
		return key.getKey().longValue();
	}

	/**
	 * Replaces the settings and makes a polled probe due at once, so the new settings are
	 * checked now (a heartbeat waits its new period from its last check-in). Failure
	 * count and alert state stay: they describe the target.
	 */
	boolean update(Probe existing, ProbeRequest probe, Instant at) {
		List<Object> values = settings(probe);
		Instant lastSeen = existing.lastPingAt() != null ? existing.lastPingAt() : existing.createdAt();
		values.add(toDb(probe.kind().polled() ? at : heartbeatDue(probe, lastSeen)));
		values.add(existing.id());
		String assignments = String.join(" = ?, ", SETTINGS.replace("\n", " ").split(",\\s*")) + " = ?";
		return jdbc.sql("update fb_probe set " + assignments + ", next_run_at = ? where id = ? and deleted_at is null")
			.params(values)
			.update() == 1;
	}

	private List<Object> settings(ProbeRequest probe) {
		List<Object> values = new ArrayList<>();
		values.add(probe.name());
		values.add(probe.kind().name());
		values.add(probe.url());
		// not null in the schema since HTTP probes came first; read back as null for
		// other kinds
		values.add(probe.method() == null ? ProbeMethod.GET.name() : probe.method().name());
		values.add(probe.intervalSeconds());
		values.add(probe.timeoutMs());
		values.add(probe.expectedStatusMin() == null ? 200 : probe.expectedStatusMin());
		values.add(probe.expectedStatusMax() == null ? 399 : probe.expectedStatusMax());
		values.add(probe.keyword());
		values.add(probe.failuresBeforeAlert());
		values.add(probe.enabled());
		values.add(probe.host());
		values.add(probe.port());
		values.add(probe.headers() == null ? null : write(probe.headers()));
		values.add(probe.body());
		values.add(probe.expectedStatuses());
		values.add(probe.jsonPath());
		values.add(probe.jsonExpected());
		values.add(probe.redirects() == null ? Redirects.NEVER.name() : probe.redirects().name());
		values.add(probe.degradedAboveMs());
		values.add(probe.degradedAfter() == null ? 3 : probe.degradedAfter());
		values.add(probe.recordType() == null ? null : probe.recordType().name());
		values.add(probe.expectedValue());
		values.add(probe.dnsServer());
		values.add(probe.warnDays());
		values.add(Boolean.TRUE.equals(probe.allowUntrusted()));
		values.add(probe.graceSeconds());
		values.add(probe.dataSource());
		values.add(probe.query());
		values.add(probe.expectation() == null ? null : probe.expectation().name());
		values.add(probe.expectedMin());
		values.add(probe.expectedMax());
		values.add(probe.compareUrl());
		return values;
	}

	private static Instant firstRun(ProbeRequest probe, Instant at) {
		return probe.kind().polled() ? at : heartbeatDue(probe, at);
	}

	private static Instant heartbeatDue(ProbeRequest probe, Instant lastSeen) {
		return lastSeen.plusSeconds(probe.intervalSeconds() + (long) probe.graceSeconds());
	}

	Optional<Probe> findLive(long id) {
		return jdbc.sql("select " + COLUMNS + " from fb_probe where id = ? and deleted_at is null")
			.param(id)
			.query(this::probe)
			.optional();
	}

	List<Probe> findAllLive() {
		return jdbc.sql("select " + COLUMNS + " from fb_probe where deleted_at is null order by id")
			.query(this::probe)
			.list();
	}

	/** The live heartbeat whose secret hashes to this. */
	Optional<Probe> findHeartbeat(String pingTokenHash) {
		return jdbc
			.sql("select " + COLUMNS + " from fb_probe where ping_token_hash = ? and kind = ? and deleted_at is null")
			.params(pingTokenHash, ProbeKind.HEARTBEAT.name())
			.query(this::probe)
			.optional();
	}

	/**
	 * Locks the probe's row until the transaction ends, so that recording a check's
	 * result cannot lose an update made at the same time.
	 */
	Optional<Probe> lockLive(long id) {
		return jdbc.sql("select " + COLUMNS + " from fb_probe where id = ? and deleted_at is null for update")
			.param(id)
			.query(this::probe)
			.optional();
	}

	boolean markDeleted(long id, Instant at) {
		return jdbc.sql("update fb_probe set deleted_at = ? where id = ? and deleted_at is null")
			.params(toDb(at), id)
			.update() == 1;
	}

	/** Enabled live probes due by {@code now}, most overdue first. */
	List<Probe> findDue(Instant now, int limit) {
		return jdbc
			.sql("select " + COLUMNS + " from fb_probe where deleted_at is null and enabled = ?"
					+ " and next_run_at <= ? order by next_run_at, id limit ?")
			.params(true, toDb(now), limit)
			.query(this::probe)
			.list();
	}

	/**
	 * Takes a due check by moving its next run forward, only if nobody moved it since it
	 * was read: of several nodes (or ticks) that saw it due, exactly one runs it.
	 */
	boolean claim(Probe probe, Instant now) {
		return jdbc.sql("update fb_probe set next_run_at = ? where id = ? and next_run_at = ? and deleted_at is null")
			.params(toDb(now.plusSeconds(probe.intervalSeconds())), probe.id(), toDb(probe.nextRunAt()))
			.update() == 1;
	}

	void saveState(long id, ProbeState state) {
		jdbc.sql("""
				update fb_probe set consecutive_failures = ?, alerting = ?, consecutive_degraded = ?,
				  degraded_alerting = ?, alert_sent_at = ?, last_status = ?, last_checked_at = ?
				where id = ?""")
			.params(state.consecutiveFailures(), state.alerting(), state.consecutiveDegraded(),
					state.degradedAlerting(), toDb(state.alertSentAt()), state.lastStatus().name(),
					toDb(state.lastCheckedAt()), id)
			.update();
	}

	/**
	 * A heartbeat's check-in: the next miss is due a period and the grace after it, and
	 * an open run ends.
	 */
	void checkedIn(Probe probe, Instant at) {
		jdbc.sql("update fb_probe set last_ping_at = ?, run_started_at = null, next_run_at = ? where id = ?")
			.params(toDb(at), toDb(at.plusSeconds(probe.intervalSeconds() + (long) probe.graceSeconds())), probe.id())
			.update();
	}

	/** A heartbeat's job says it started a run. */
	void runStarted(long id, Instant at) {
		jdbc.sql("update fb_probe set run_started_at = ? where id = ?").params(toDb(at), id).update();
	}

	void replacePingToken(long id, String hash, String hint) {
		jdbc.sql("update fb_probe set ping_token_hash = ?, ping_token_hint = ? where id = ?")
			.params(hash, hint, id)
			.update();
	}

	private Probe probe(ResultSet rs, int row) throws SQLException {
		ProbeKind kind = ProbeKind.valueOf(rs.getString("kind"));
		boolean http = kind == ProbeKind.HTTP;
		boolean tls = kind == ProbeKind.TLS;
		String status = rs.getString("last_status");
		String expectation = rs.getString("expectation");
		String recordType = rs.getString("record_type");
		String method = rs.getString("method");
		return new Probe(rs.getLong("id"), rs.getString("name"), kind, rs.getString("service"),
				rs.getBoolean("enabled"), rs.getInt("interval_seconds"), rs.getObject("timeout_ms", Integer.class),
				rs.getInt("failures_before_alert"),
				kind == ProbeKind.HEARTBEAT || kind == ProbeKind.DATA_INTEGRITY ? null : rs.getInt("degraded_after"),
				rs.getString("url"), http && method != null ? ProbeMethod.valueOf(method) : null,
				http ? rs.getInt("expected_status_min") : null, http ? rs.getInt("expected_status_max") : null,
				rs.getString("expected_statuses"), rs.getString("keyword"), rs.getString("json_path"),
				rs.getString("json_expected"), read(rs.getString("headers")), rs.getString("body"),
				http ? Redirects.valueOf(rs.getString("redirects")) : null,
				rs.getObject("degraded_above_ms", Integer.class), rs.getString("host"),
				rs.getObject("port", Integer.class), recordType == null ? null : RecordType.valueOf(recordType),
				rs.getString("expected_value"), rs.getString("dns_server"), rs.getObject("warn_days", Integer.class),
				tls ? rs.getBoolean("allow_untrusted") : null, rs.getObject("grace_seconds", Integer.class),
				rs.getString("ping_token_hint"), instant(rs, "last_ping_at"), instant(rs, "run_started_at"),
				rs.getString("data_source"), rs.getString("query_text"),
				expectation == null ? null : Expectation.valueOf(expectation), rs.getObject("expected_min", Long.class),
				rs.getObject("expected_max", Long.class), instant(rs, "created_at"), rs.getString("created_by"),
				instant(rs, "next_run_at"), rs.getInt("consecutive_failures"), rs.getBoolean("alerting"),
				rs.getInt("consecutive_degraded"), rs.getBoolean("degraded_alerting"),
				status == null ? null : CheckStatus.valueOf(status), instant(rs, "last_checked_at"),
				instant(rs, "alert_sent_at"), rs.getString("compare_url"));
	}

	private String write(Map<String, String> headers) {
		try {
			return json.writeValueAsString(headers);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("A map of strings always serialises", ex);
		}
	}

	private Map<String, String> read(String headers) {
		if (headers == null) {
			return null;
		}
		try {
			return json.readValue(headers, HEADERS);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("fb_probe.headers holds JSON this repository wrote", ex);
		}
	}

	static LocalDateTime toDb(Instant instant) {
		return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		LocalDateTime value = rs.getObject(column, LocalDateTime.class);
		return value == null ? null : value.toInstant(ZoneOffset.UTC);
	}

}
