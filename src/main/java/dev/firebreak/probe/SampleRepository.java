package dev.firebreak.probe;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static dev.firebreak.probe.ProbeRepository.instant;
import static dev.firebreak.probe.ProbeRepository.toDb;

/**
 * Samples in plain SQL, and the availability figures computed from them and from the
 * roll-ups that replaced older samples ({@link SampleRetention}): the two never cover the
 * same time, so the figures add them up. Counts and sums are aggregated in the database;
 * the percentiles come from the response times and their counts, which a day of samples
 * or a run of roll-ups holds few of.
 */
@Repository
class SampleRepository {

	private static final String SAMPLES = "from fb_probe_sample s join fb_probe p on p.id = s.probe_id"
			+ " where s.at >= :from and s.at < :to";

	/**
	 * A roll-up counts in a period that holds its first instant: figures over whole hours
	 * (past the hourly retention, whole UTC days) come out as from the samples.
	 */
	private static final String ROLLUPS = "from fb_probe_rollup r join fb_probe p on p.id = r.probe_id"
			+ " where r.period_start >= :from and r.period_start < :to";

	private static final String OF_SERVICE = " and p.service = :service";

	private static final String OF_SERVICES = " and p.service in (:services)";

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	SampleRepository(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(long probeId, Instant at, CheckResult result) {
		jdbc.sql("insert into fb_probe_sample (probe_id, at, up, status, status_code, response_ms, error, detail,"
				+ " duration_ms, evidence) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(probeId, toDb(at), result.up(), result.status().name(), result.statusCode(), result.responseMs(),
					result.error(), result.detail(), result.durationMs(), result.evidence())
			.update();
	}

	/** Newest first, at most {@code limit}. */
	List<Sample> find(long probeId, Instant from, Instant to, int limit) {
		return jdbc
			.sql("select at, up, status, status_code, response_ms, error, detail, duration_ms, evidence"
					+ " from fb_probe_sample"
					+ " where probe_id = ? and at >= ? and at < ? order by at desc, id desc limit ?")
			.params(probeId, toDb(from), toDb(to), limit)
			.query(this::sample)
			.list();
	}

	/** Up and all samples of one probe in {@code [from, to)}. */
	UptimeCount uptimeOf(long probeId, Instant from, Instant to) {
		return jdbc.sql(uptimeSql(" and p.id = :probe", false))
			.param("up", true)
			.param("probe", probeId)
			.param("from", toDb(from))
			.param("to", toDb(to))
			.query((rs, row) -> uptimeCount(rs))
			.single();
	}

	Availability availability(String service, Instant from, Instant to) {
		Counts counts = jdbc
			.sql("select sum(total) as total, sum(up_count) as up_count, sum(timed) as timed,"
					+ " sum(total_ms) as total_ms, sum(degraded_seconds) as degraded_seconds from ("
					+ "select count(*) as total, sum(case when s.up = :up then 1 else 0 end) as up_count,"
					+ " count(s.response_ms) as timed, sum(s.response_ms) as total_ms,"
					+ " sum(case when s.status = :degraded then p.interval_seconds else 0 end) as degraded_seconds "
					+ SAMPLES + OF_SERVICE + " union all select sum(r.samples), sum(r.up_count + r.degraded_count),"
					+ " sum(r.timed), sum(r.total_ms), sum(r.degraded_count * p.interval_seconds) " + ROLLUPS
					+ OF_SERVICE + ") figures")
			.param("up", true)
			.param("degraded", CheckStatus.DEGRADED.name())
			.param("service", service)
			.param("from", toDb(from))
			.param("to", toDb(to))
			.query((rs, row) -> new Counts(rs.getLong("total"), rs.getLong("up_count"), rs.getLong("timed"),
					rs.getLong("total_ms"), rs.getLong("degraded_seconds")))
			.single();
		if (counts.total() == 0) {
			return new Availability(service, from, to, 0, null, null, null, null, null, null);
		}
		Double mean = counts.timed() == 0 ? null : (double) counts.totalMs() / counts.timed();
		ResponseTimes times = counts.timed() == 0 ? new ResponseTimes() : responseTimes(service, from, to);
		return new Availability(service, from, to, counts.total(), counts.up() * 100.0 / counts.total(), mean,
				times.percentile(95), (double) (counts.total() - counts.up()) / counts.total(), times.percentile(50),
				counts.degradedSeconds());
	}

	/**
	 * Up and all samples in {@code [from, to)} by the kind of check that took them, for
	 * the probes of these services (every service when null); kinds without samples are
	 * left out.
	 */
	Map<ProbeKind, UptimeCount> uptimeByKind(Collection<String> services, Instant from, Instant to) {
		Map<ProbeKind, UptimeCount> byKind = new EnumMap<>(ProbeKind.class);
		if (services != null && services.isEmpty()) {
			return byKind;
		}
		ofServices(jdbc.sql(uptimeSql(services == null ? "" : OF_SERVICES, true)), services, from, to)
			.query((rs, row) -> Map.entry(ProbeKind.valueOf(rs.getString("kind")), uptimeCount(rs)))
			.list()
			.forEach(entry -> byKind.put(entry.getKey(), entry.getValue()));
		return byKind;
	}

	/**
	 * Up and all samples of the probes of these services (every service when null) in
	 * {@code [from, to)}.
	 */
	UptimeCount uptime(Collection<String> services, Instant from, Instant to) {
		if (services != null && services.isEmpty()) {
			return new UptimeCount(0, 0);
		}
		return ofServices(jdbc.sql(uptimeSql(services == null ? "" : OF_SERVICES, false)), services, from, to)
			.query((rs, row) -> uptimeCount(rs))
			.single();
	}

	private static JdbcClient.StatementSpec ofServices(JdbcClient.StatementSpec query, Collection<String> services,
			Instant from, Instant to) {
		query = query.param("up", true).param("from", toDb(from)).param("to", toDb(to));
		return services == null ? query : query.param("services", services);
	}

	/**
	 * Up and all samples of the probes {@code filter} picks, raw samples and roll-ups
	 * added in one statement, so a batch of roll-ups committing meanwhile is counted
	 * either as its samples or as itself, never as both.
	 */
	private static String uptimeSql(String filter, boolean byKind) {
		String kind = byKind ? "p.kind, " : "";
		String group = byKind ? " group by p.kind" : "";
		return "select " + (byKind ? "kind, " : "") + "sum(total) as total, sum(up_count) as up_count from (select "
				+ kind + "count(*) as total, sum(case when s.up = :up then 1 else 0 end) as up_count " + SAMPLES
				+ filter + group + " union all select " + kind + "sum(r.samples), sum(r.up_count + r.degraded_count) "
				+ ROLLUPS + filter + group + ") figures" + (byKind ? " group by kind" : "");
	}

	private static UptimeCount uptimeCount(ResultSet rs) throws SQLException {
		return new UptimeCount(rs.getLong("total"), rs.getLong("up_count"));
	}

	/**
	 * Every response time of the service's samples and roll-ups in {@code [from, to)}
	 * with its count, for the nearest-rank percentiles: a whole day of samples has far
	 * fewer distinct times than samples.
	 */
	private ResponseTimes responseTimes(String service, Instant from, Instant to) {
		ResponseTimes times = new ResponseTimes();
		jdbc.sql("select s.response_ms as ms, count(*) as n, null as rolled_up " + SAMPLES + OF_SERVICE
				+ " and s.response_ms is not null group by s.response_ms"
				+ " union all select null, null, r.response_times " + ROLLUPS + OF_SERVICE + " and r.timed > 0")
			.param("service", service)
			.param("from", toDb(from))
			.param("to", toDb(to))
			.query(rs -> {
				String rolledUp = rs.getString("rolled_up");
				if (rolledUp == null) {
					times.add(rs.getInt("ms"), rs.getLong("n"));
				}
				else {
					times.addAll(ResponseTimes.parse(rolledUp));
				}
			});
		return times;
	}

	/**
	 * The 95th percentile (nearest rank) of one probe's response times in
	 * {@code [from, to)}, with how many samples had one; null percentile without any.
	 */
	ProbeP95 p95Of(long probeId, Instant from, Instant to) {
		long timed = jdbc
			.sql("select count(*) from fb_probe_sample where probe_id = ? and at >= ? and at < ?"
					+ " and response_ms is not null")
			.params(probeId, toDb(from), toDb(to))
			.query(Long.class)
			.single();
		if (timed == 0) {
			return new ProbeP95(0, null);
		}
		long rank = (95 * timed + 99) / 100;
		Integer p95 = jdbc
			.sql("select response_ms from fb_probe_sample where probe_id = ? and at >= ? and at < ?"
					+ " and response_ms is not null order by response_ms limit 1 offset ?")
			.params(probeId, toDb(from), toDb(to), rank - 1)
			.query(Integer.class)
			.single();
		return new ProbeP95(timed, p95);
	}

	record ProbeP95(long timed, Integer p95) {
	}

	private Sample sample(ResultSet rs, int row) throws SQLException {
		String evidence = rs.getString("evidence");
		JsonNode rows;
		try {
			rows = evidence == null ? null : json.readTree(evidence);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("fb_probe_sample.evidence holds JSON this repository wrote", ex);
		}
		return new Sample(instant(rs, "at"), rs.getBoolean("up"), CheckStatus.valueOf(rs.getString("status")),
				rs.getObject("status_code", Integer.class), rs.getObject("response_ms", Integer.class),
				rs.getString("error"), rs.getString("detail"), rs.getObject("duration_ms", Long.class), rows);
	}

	private record Counts(long total, long up, long timed, long totalMs, long degradedSeconds) {
	}

}
