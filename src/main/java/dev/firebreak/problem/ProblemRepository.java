package dev.firebreak.problem;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Problems, their fingerprints and their incidents in plain SQL. Times are UTC wall-clock
 * values, as in the incident tables.
 */
@Repository
class ProblemRepository {

	private static final String COLUMNS = """
			p.id, p.key_kind, p.problem_key, p.service, p.title, p.first_seen, p.last_seen, p.incident_count,
			p.known_error_workaround, p.workaround_updated_by, p.workaround_updated_at,
			(select count(*) from fb_problem_incident pi where pi.problem_id = p.id and pi.detected_at >= :windowStart)
			  as in_window""";

	private final JdbcClient jdbc;

	ProblemRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Long> findByFingerprint(Fingerprint fingerprint) {
		return jdbc.sql("select problem_id from fb_problem_fingerprint where fingerprint_hash = ?")
			.param(fingerprint.hash())
			.query(Long.class)
			.optional();
	}

	/** A new problem with no incidents yet; {@link #countIncident} counts the first. */
	long insert(Fingerprint primary, String service, String title, Instant detectedAt) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into fb_problem (key_kind, problem_key, service, title, first_seen, last_seen, incident_count)
				values (?, ?, ?, ?, ?, ?, 0)""")
			.params(primary.kind().name(), primary.text(), service, title, toDb(detectedAt), toDb(detectedAt))
			.update(key);
		return key.getKey().longValue();
	}

	/** Undoes {@link #insert} when another node created the problem first. */
	void delete(long problemId) {
		jdbc.sql("delete from fb_problem where id = ?").param(problemId).update();
	}

	/**
	 * @throws org.springframework.dao.DuplicateKeyException when the fingerprint already
	 * leads to a problem
	 */
	void insertFingerprint(Fingerprint fingerprint, long problemId) {
		jdbc.sql("insert into fb_problem_fingerprint (fingerprint_hash, fingerprint, kind, problem_id)"
				+ " values (?, ?, ?, ?)")
			.params(fingerprint.hash(), fingerprint.text(), fingerprint.kind().name(), problemId)
			.update();
	}

	/**
	 * Counts an incident on the problem. The update locks the problem's row until commit,
	 * so incidents of one problem are linked and counted one after the other, across
	 * nodes too.
	 */
	void countIncident(long problemId, Instant detectedAt) {
		jdbc.sql("""
				update fb_problem set incident_count = incident_count + 1,
				  first_seen = case when first_seen > :at then :at else first_seen end,
				  last_seen = case when last_seen < :at then :at else last_seen end
				where id = :id""").param("at", toDb(detectedAt)).param("id", problemId).update();
	}

	void link(long problemId, long incidentId, Instant detectedAt) {
		jdbc.sql("insert into fb_problem_incident (incident_id, problem_id, detected_at) values (?, ?, ?)")
			.params(incidentId, problemId, toDb(detectedAt))
			.update();
	}

	/**
	 * Incidents of the problem detected in {@code [from, to]}, counted up to
	 * {@code atMost}: the rule only asks whether the threshold is reached, and an exact
	 * count would read every incident of a flood (thousands of alerts of one kind) for
	 * each new one.
	 */
	long countDetected(long problemId, Instant from, Instant to, int atMost) {
		return jdbc.sql("""
				select count(*) from (select 1 from fb_problem_incident
				  where problem_id = ? and detected_at >= ? and detected_at <= ? limit ?) in_window""")
			.params(problemId, toDb(from), toDb(to), atMost)
			.query(Long.class)
			.single();
	}

	Optional<ProblemRecord> find(long id, Instant windowStart) {
		return jdbc.sql("select " + COLUMNS + " from fb_problem p where p.id = :id")
			.param("id", id)
			.param("windowStart", toDb(windowStart))
			.query(this::problem)
			.optional();
	}

	/**
	 * Most incidents in the window first, then the most recently seen.
	 * @param services when not null, only problems of these services
	 */
	Page search(ProblemFilter filter, Collection<String> services, Instant windowStart, int page, int size) {
		if (services != null && services.isEmpty()) {
			return new Page(List.of(), 0);
		}
		Map<String, Object> params = new LinkedHashMap<>();
		StringJoiner where = new StringJoiner(" and ", " where ", "").setEmptyValue("");
		if (filter.service() != null) {
			where.add("p.service = :service");
			params.put("service", filter.service());
		}
		if (services != null) {
			where.add("p.service in (:services)");
			params.put("services", services);
		}
		if (filter.lastSeenFrom() != null) {
			where.add("p.last_seen >= :from");
			params.put("from", toDb(filter.lastSeenFrom()));
		}
		if (filter.lastSeenTo() != null) {
			where.add("p.last_seen < :to");
			params.put("to", toDb(filter.lastSeenTo()));
		}
		long total = jdbc.sql("select count(*) from fb_problem p" + where).params(params).query(Long.class).single();
		params.put("windowStart", toDb(windowStart));
		params.put("limit", size);
		params.put("offset", (long) page * size);
		List<ProblemRecord> items = jdbc
			.sql("select " + COLUMNS + " from fb_problem p" + where
					+ " order by in_window desc, p.last_seen desc, p.id desc limit :limit offset :offset")
			.params(params)
			.query(this::problem)
			.list();
		return new Page(items, total);
	}

	/** Each problem's incident ids, most recently detected first. */
	Map<Long, List<Long>> incidentIds(Collection<Long> problemIds) {
		Map<Long, List<Long>> ids = new LinkedHashMap<>();
		if (problemIds.isEmpty()) {
			return ids;
		}
		jdbc.sql("select problem_id, incident_id from fb_problem_incident where problem_id in (:ids)"
				+ " order by detected_at desc, incident_id desc")
			.param("ids", problemIds)
			.query((RowCallbackHandler) rs -> ids.computeIfAbsent(rs.getLong("problem_id"), id -> new ArrayList<>())
				.add(rs.getLong("incident_id")));
		return ids;
	}

	void updateWorkaround(long problemId, String workaround, String by, Instant at) {
		jdbc.sql("update fb_problem set known_error_workaround = ?, workaround_updated_by = ?,"
				+ " workaround_updated_at = ? where id = ?")
			.params(workaround, by, toDb(at), problemId)
			.update();
	}

	private ProblemRecord problem(ResultSet rs, int row) throws SQLException {
		return new ProblemRecord(rs.getLong("id"), KeyKind.valueOf(rs.getString("key_kind")),
				rs.getString("problem_key"), rs.getString("service"), rs.getString("title"), instant(rs, "first_seen"),
				instant(rs, "last_seen"), rs.getLong("incident_count"), rs.getString("known_error_workaround"),
				rs.getString("workaround_updated_by"), instant(rs, "workaround_updated_at"), rs.getLong("in_window"));
	}

	private static LocalDateTime toDb(Instant instant) {
		return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		LocalDateTime value = rs.getObject(column, LocalDateTime.class);
		return value == null ? null : value.toInstant(ZoneOffset.UTC);
	}

	record Page(List<ProblemRecord> items, long total) {
	}

}
