package dev.firebreak.probe;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Probes in plain SQL. Times are stored as UTC wall-clock values, like the other
 * repositories, so that no time zone can shift them. Only live (not deleted) probes are
 * ever read.
 */
@Repository
class ProbeRepository {

	private static final String COLUMNS = """
			id, name, url, method, interval_seconds, timeout_ms, expected_status_min, expected_status_max, keyword,
			failures_before_alert, service, enabled, created_at, created_by, next_run_at, consecutive_failures,
			alerting""";

	private final JdbcClient jdbc;

	ProbeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new probe is due at once. */
	long insert(ProbeRequest probe, String createdBy, Instant at) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into fb_probe (name, url, method, interval_seconds, timeout_ms, expected_status_min,
				  expected_status_max, keyword, failures_before_alert, service, enabled, created_at, created_by,
				  next_run_at, consecutive_failures, alerting)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)""")
			.params(probe.name(), probe.url(), probe.method().name(), probe.intervalSeconds(), probe.timeoutMs(),
					probe.expectedStatusMin(), probe.expectedStatusMax(), probe.keyword(), probe.failuresBeforeAlert(),
					probe.service(), probe.enabled(), toDb(at), createdBy, toDb(at), false)
			.update(key);
		return key.getKey().longValue();
	}

	/**
	 * Replaces the settings and makes the probe due at once, so the new settings are
	 * checked now. Failure count and alert state stay: they describe the endpoint.
	 */
	boolean update(long id, ProbeRequest probe, Instant at) {
		return jdbc.sql("""
				update fb_probe set name = ?, url = ?, method = ?, interval_seconds = ?, timeout_ms = ?,
				  expected_status_min = ?, expected_status_max = ?, keyword = ?, failures_before_alert = ?,
				  enabled = ?, next_run_at = ?
				where id = ? and deleted_at is null""")
			.params(probe.name(), probe.url(), probe.method().name(), probe.intervalSeconds(), probe.timeoutMs(),
					probe.expectedStatusMin(), probe.expectedStatusMax(), probe.keyword(), probe.failuresBeforeAlert(),
					probe.enabled(), toDb(at), id)
			.update() == 1;
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

	void saveState(long id, int consecutiveFailures, boolean alerting) {
		jdbc.sql("update fb_probe set consecutive_failures = ?, alerting = ? where id = ?")
			.params(consecutiveFailures, alerting, id)
			.update();
	}

	private Probe probe(ResultSet rs, int row) throws SQLException {
		return new Probe(rs.getLong("id"), rs.getString("name"), rs.getString("url"),
				ProbeMethod.valueOf(rs.getString("method")), rs.getInt("interval_seconds"), rs.getInt("timeout_ms"),
				rs.getInt("expected_status_min"), rs.getInt("expected_status_max"), rs.getString("keyword"),
				rs.getInt("failures_before_alert"), rs.getString("service"), rs.getBoolean("enabled"),
				instant(rs, "created_at"), rs.getString("created_by"), instant(rs, "next_run_at"),
				rs.getInt("consecutive_failures"), rs.getBoolean("alerting"));
	}

	static LocalDateTime toDb(Instant instant) {
		return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		LocalDateTime value = rs.getObject(column, LocalDateTime.class);
		return value == null ? null : value.toInstant(ZoneOffset.UTC);
	}

}
