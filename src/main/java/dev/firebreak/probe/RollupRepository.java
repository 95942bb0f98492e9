package dev.firebreak.probe;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static dev.firebreak.probe.ProbeRepository.instant;
import static dev.firebreak.probe.ProbeRepository.toDb;

/**
 * {@code fb_probe_rollup}, and taking raw samples and hourly rows apart into roll-ups.
 * Whatever is rolled up is read {@code for update} first, so that two nodes rolling up
 * the same hour wait for each other and the second finds nothing left to add.
 */
@Repository
class RollupRepository {

	/** The hour or the UTC day a roll-up sums. */
	enum Period {

		HOUR(ChronoUnit.HOURS), DAY(ChronoUnit.DAYS);

		final ChronoUnit unit;

		Period(ChronoUnit unit) {
			this.unit = unit;
		}

	}

	private static final String COLUMNS = "samples, up_count, degraded_count, down_count, timed, total_ms, max_ms,"
			+ " response_times";

	private final JdbcClient jdbc;

	RollupRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every probe that may have samples, deleted ones included. */
	List<Long> probeIds() {
		return jdbc.sql("select id from fb_probe order by id").query(Long.class).list();
	}

	/** The probe's oldest raw sample, or null. */
	Instant oldestSample(long probeId) {
		return oldest(jdbc.sql("select min(at) from fb_probe_sample where probe_id = ?").param(probeId));
	}

	/** The start of the probe's oldest roll-up of {@code period}, or null. */
	Instant oldest(long probeId, Period period) {
		return oldest(jdbc.sql("select min(period_start) from fb_probe_rollup where probe_id = ? and period = ?")
			.params(probeId, period.name()));
	}

	/**
	 * The probe's raw samples in {@code [from, to)} summed by hour, locked until the
	 * transaction ends.
	 */
	Map<Instant, Rollup> samplesByHour(long probeId, Instant from, Instant to) {
		Map<Instant, Rollup> hours = new TreeMap<>();
		jdbc.sql("select at, up, status, response_ms from fb_probe_sample where probe_id = ? and at >= ? and at < ?"
				+ " for update")
			.params(probeId, toDb(from), toDb(to))
			.query(rs -> {
				hours.computeIfAbsent(instant(rs, "at").truncatedTo(ChronoUnit.HOURS), hour -> new Rollup())
					.add(rs.getBoolean("up"), CheckStatus.valueOf(rs.getString("status")),
							rs.getObject("response_ms", Integer.class));
			});
		return hours;
	}

	int deleteSamples(long probeId, Instant from, Instant to) {
		return jdbc.sql("delete from fb_probe_sample where probe_id = ? and at >= ? and at < ?")
			.params(probeId, toDb(from), toDb(to))
			.update();
	}

	/**
	 * The probe's roll-ups of {@code period} in {@code [from, to)} by their start, locked
	 * until the transaction ends.
	 */
	Map<Instant, Rollup> rollups(long probeId, Period period, Instant from, Instant to) {
		Map<Instant, Rollup> found = new TreeMap<>();
		jdbc.sql("select period_start, " + COLUMNS + " from fb_probe_rollup where probe_id = ? and period = ?"
				+ " and period_start >= ? and period_start < ? for update")
			.params(probeId, period.name(), toDb(from), toDb(to))
			.query(rs -> {
				found.put(instant(rs, "period_start"), rollup(rs));
			});
		return found;
	}

	int delete(long probeId, Period period, Instant from, Instant to) {
		return jdbc
			.sql("delete from fb_probe_rollup where probe_id = ? and period = ? and period_start >= ?"
					+ " and period_start < ?")
			.params(probeId, period.name(), toDb(from), toDb(to))
			.update();
	}

	/**
	 * Adds {@code sum} to the probe's roll-up of the period starting at {@code start},
	 * creating it if there is none (there is one only when samples arrived late, after
	 * their hour was rolled up).
	 */
	void add(long probeId, Period period, Instant start, Rollup sum) {
		Optional<Rollup> existing = jdbc
			.sql("select " + COLUMNS + " from fb_probe_rollup where probe_id = ? and period = ? and period_start = ?"
					+ " for update")
			.params(probeId, period.name(), toDb(start))
			.query((rs, row) -> rollup(rs))
			.optional();
		if (existing.isPresent()) {
			Rollup merged = existing.get();
			merged.add(sum);
			jdbc.sql("update fb_probe_rollup set samples = ?, up_count = ?, degraded_count = ?, down_count = ?,"
					+ " timed = ?, total_ms = ?, max_ms = ?, response_times = ?"
					+ " where probe_id = ? and period = ? and period_start = ?")
				.params(merged.samples, merged.up, merged.degraded, merged.down, merged.timed, merged.totalMs,
						merged.maxMs, merged.times.toString(), probeId, period.name(), toDb(start))
				.update();
			return;
		}
		jdbc.sql("insert into fb_probe_rollup (probe_id, period, period_start, " + COLUMNS + ")"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(probeId, period.name(), toDb(start), sum.samples, sum.up, sum.degraded, sum.down, sum.timed,
					sum.totalMs, sum.maxMs, sum.times.toString())
			.update();
	}

	/** A {@code min(...)}, null over no rows. */
	private static Instant oldest(JdbcClient.StatementSpec min) {
		return min.query(LocalDateTime.class).optional().map(at -> at.toInstant(ZoneOffset.UTC)).orElse(null);
	}

	private static Rollup rollup(ResultSet rs) throws SQLException {
		Rollup rollup = new Rollup();
		rollup.samples = rs.getLong("samples");
		rollup.up = rs.getLong("up_count");
		rollup.degraded = rs.getLong("degraded_count");
		rollup.down = rs.getLong("down_count");
		rollup.timed = rs.getLong("timed");
		rollup.totalMs = rs.getLong("total_ms");
		rollup.maxMs = rs.getObject("max_ms", Integer.class);
		rollup.times = ResponseTimes.parse(rs.getString("response_times"));
		return rollup;
	}

}
