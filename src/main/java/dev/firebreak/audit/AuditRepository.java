package dev.firebreak.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code fb_audit_log}: only ever inserted into and read. Every insert extends the hash
 * chain ({@link AuditLogChain}) under the lock of its head row. Times are stored as UTC
 * wall-clock values, like every Firebreak table.
 */
@Repository
class AuditRepository {

	private static final int MAX_TARGET = 300;

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	private final TransactionTemplate transaction;

	AuditRepository(JdbcClient jdbc, ObjectMapper json, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.json = json;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Joins the caller's transaction (the entry commits or rolls back with the change it
	 * describes) or runs in its own. The head row stays locked until that commit: appends
	 * queue behind each other, which keeps the chain linear.
	 */
	void insert(Instant at, String actor, String action, String target, Map<String, ?> details, String source) {
		String storedActor = truncate(actor, 100);
		String storedTarget = truncate(target, MAX_TARGET);
		String storedDetails = toJson(details);
		String storedSource = truncate(source, 64);
		transaction.executeWithoutResult(status -> {
			String prevHash = jdbc.sql("select hash from fb_chain_head where name = ? for update")
				.param(AuditLogChain.HEAD_ROW)
				.query(String.class)
				.single();
			String hash = AuditLogChain.hash(prevHash, at, storedActor, action, storedTarget, storedDetails,
					storedSource);
			KeyHolder key = new GeneratedKeyHolder();
			jdbc.sql("""
					insert into fb_audit_log (at, actor, action, target, details, source_address, prev_hash, hash)
					values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(toDb(at), storedActor, action, storedTarget, storedDetails, storedSource, prevHash, hash)
				.update(key);
			jdbc.sql("update fb_chain_head set last_id = ?, hash = ? where name = ?")
				.params(key.getKey().longValue(), hash, AuditLogChain.HEAD_ROW)
				.update();
		});
	}

	/** Newest first. Every filter is optional; {@code to} is exclusive. */
	AuditLog.Page search(String actor, String action, String target, Instant from, Instant to, int page, int size) {
		Map<String, Object> params = new LinkedHashMap<>();
		StringJoiner where = new StringJoiner(" and ", " where ", "").setEmptyValue("");
		if (actor != null) {
			where.add("actor = :actor");
			params.put("actor", actor);
		}
		if (action != null) {
			where.add("action = :action");
			params.put("action", action);
		}
		if (target != null) {
			where.add("target = :target");
			params.put("target", target);
		}
		if (from != null) {
			where.add("at >= :from");
			params.put("from", toDb(from));
		}
		if (to != null) {
			where.add("at < :to");
			params.put("to", toDb(to));
		}
		long total = jdbc.sql("select count(*) from fb_audit_log" + where).params(params).query(Long.class).single();
		params.put("limit", size);
		params.put("offset", (long) page * size);
		List<AuditEntry> items = jdbc
			.sql("select id, at, actor, action, target, details, source_address" + " from fb_audit_log" + where
					+ " order by id desc limit :limit offset :offset")
			.params(params)
			.query((rs, row) -> new AuditEntry(rs.getLong("id"), instant(rs, "at"), rs.getString("actor"),
					rs.getString("action"), rs.getString("target"), fromJson(rs.getString("details")),
					rs.getString("source_address")))
			.list();
		return new AuditLog.Page(items, page, size, total);
	}

	private String toJson(Map<String, ?> details) {
		if (details == null || details.isEmpty()) {
			return null;
		}
		try {
			return json.writeValueAsString(details);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Audit details must be plain values", ex);
		}
	}

	private JsonNode fromJson(String details) {
		if (details == null) {
			return json.nullNode();
		}
		try {
			return json.readTree(details);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Unreadable audit details", ex);
		}
	}

	private static String truncate(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

	private static LocalDateTime toDb(Instant instant) {
		return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		LocalDateTime value = rs.getObject(column, LocalDateTime.class);
		return value == null ? null : value.toInstant(ZoneOffset.UTC);
	}

}
