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
 * Samples in plain SQL, and the availability figures computed from them. The figures are
 * computed in the database, so a long period costs no memory here: counts and sums by
 * aggregate, the 95th percentile as the one row at its nearest rank.
 */
@Repository
class SampleRepository {

	private static final String OF_SERVICE = """
			from fb_probe_sample s join fb_probe p on p.id = s.probe_id
			where p.service = :service and s.at >= :from and s.at < :to""";

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
		return jdbc
			.sql("select count(*) as total, sum(case when up = ? then 1 else 0 end) as up_count"
					+ " from fb_probe_sample where probe_id = ? and at >= ? and at < ?")
			.params(true, probeId, toDb(from), toDb(to))
			.query((rs, row) -> new UptimeCount(rs.getLong("total"), rs.getLong("up_count")))
			.single();
	}

	Availability availability(String service, Instant from, Instant to) {
		Counts counts = jdbc
			.sql("select count(*) as total, sum(case when s.up = :up then 1 else 0 end) as up_count,"
					+ " count(s.response_ms) as timed, sum(s.response_ms) as total_ms,"
					+ " sum(case when s.status = :degraded then p.interval_seconds else 0 end) as degraded_seconds "
					+ OF_SERVICE)
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
		Integer p95 = counts.timed() == 0 ? null : percentile(95, service, from, to, counts.timed());
		Integer p50 = counts.timed() == 0 ? null : percentile(50, service, from, to, counts.timed());
		return new Availability(service, from, to, counts.total(), counts.up() * 100.0 / counts.total(), mean, p95,
				(double) (counts.total() - counts.up()) / counts.total(), p50, counts.degradedSeconds());
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
		String ofServices = services == null ? "" : " and p.service in (:services)";
		JdbcClient.StatementSpec query = jdbc
			.sql("select p.kind, count(*) as total, sum(case when s.up = :up then 1 else 0 end) as up_count"
					+ " from fb_probe_sample s join fb_probe p on p.id = s.probe_id"
					+ " where s.at >= :from and s.at < :to" + ofServices + " group by p.kind")
			.param("up", true)
			.param("from", toDb(from))
			.param("to", toDb(to));
		if (services != null) {
			query = query.param("services", services);
		}
		query
			.query((rs, row) -> Map.entry(ProbeKind.valueOf(rs.getString("kind")),
					new UptimeCount(rs.getLong("total"), rs.getLong("up_count"))))
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
		String ofServices = services == null ? "" : " and p.service in (:services)";
		JdbcClient.StatementSpec query = jdbc
			.sql("select count(*) as total, sum(case when s.up = :up then 1 else 0 end) as up_count"
					+ " from fb_probe_sample s join fb_probe p on p.id = s.probe_id"
					+ " where s.at >= :from and s.at < :to" + ofServices)
			.param("up", true)
			.param("from", toDb(from))
			.param("to", toDb(to));
		if (services != null) {
			query = query.param("services", services);
		}
		return query.query((rs, row) -> new UptimeCount(rs.getLong("total"), rs.getLong("up_count"))).single();
	}

	/**
	 * Nearest rank: the ⌈p/100 × n⌉-th smallest response time. Integer arithmetic,
	 * because 0.95 × n in floating point can land just above a whole number and pick the
	 * next rank.
	 */
	private Integer percentile(int p, String service, Instant from, Instant to, long timed) {
		long rank = (p * timed + 99) / 100;
		return jdbc
			.sql("select s.response_ms " + OF_SERVICE
					+ " and s.response_ms is not null order by s.response_ms limit 1 offset :skip")
			.param("service", service)
			.param("from", toDb(from))
			.param("to", toDb(to))
			.param("skip", rank - 1)
			.query(Integer.class)
			.single();
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
