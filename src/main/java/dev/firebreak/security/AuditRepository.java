package dev.firebreak.security;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static dev.firebreak.security.UtcColumns.instant;
import static dev.firebreak.security.UtcColumns.toDb;

/** {@code fb_audit_log}: only ever inserted into and read. */
@Repository
class AuditRepository {

	private static final int MAX_TARGET = 300;

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	AuditRepository(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(Instant at, String actor, String action, String target, Map<String, ?> details, String source) {
		jdbc.sql("""
				insert into fb_audit_log (at, actor, action, target, details, source_address)
				values (?, ?, ?, ?, ?, ?)""")
			.params(toDb(at), truncate(actor, 100), action, truncate(target, MAX_TARGET), toJson(details),
					truncate(source, 64))
			.update();
	}

	/** Newest first. Every filter is optional; {@code to} is exclusive. */
	Page search(String actor, String action, String target, Instant from, Instant to, int page, int size) {
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
		return new Page(items, page, size, total);
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

	record Page(List<AuditEntry> items, int page, int size, long total) {
	}

}
