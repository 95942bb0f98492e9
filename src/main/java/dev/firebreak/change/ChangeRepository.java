package dev.firebreak.change;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** {@code fb_change_event}, with times as UTC wall-clock values like every table. */
@Repository
class ChangeRepository {

	private static final String COLUMNS = """
			id, integration_id, format, service_name, summary, source, version, author, link_href, link_text,
			changed_at, received_at, dedup_key""";

	private final JdbcClient jdbc;

	ChangeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @throws org.springframework.dao.DuplicateKeyException for a dedup key seen before
	 */
	long insert(long integrationId, InboundChange change, Instant changedAt, Instant receivedAt) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into fb_change_event (integration_id, dedup_key, format, service_name, summary, source, version,
				  author, link_href, link_text, details, changed_at, received_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(integrationId, change.dedupKey(), change.format().name(), change.service(), change.summary(),
					change.source(), change.version(), change.author(), change.linkHref(), change.linkText(),
					change.details(), toDb(changedAt), toDb(receivedAt))
			.update(key, "id");
		return key.getKey().longValue();
	}

	boolean any() {
		return jdbc.sql("select count(*) from fb_change_event").query(Long.class).single() > 0;
	}

	Optional<ChangeEvent> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from fb_change_event where id = ?")
			.param(id)
			.query(ChangeRepository::change)
			.optional();
	}

	Optional<ChangeEvent> findByDedupKey(long integrationId, String dedupKey) {
		return jdbc.sql("select " + COLUMNS + " from fb_change_event where integration_id = ? and dedup_key = ?")
			.params(integrationId, dedupKey)
			.query(ChangeRepository::change)
			.optional();
	}

	/** One service's changes within {@code [from, to]}, newest first. */
	List<ChangeEvent> ofService(String service, Instant from, Instant to) {
		return jdbc
			.sql("select " + COLUMNS + " from fb_change_event where service_name = ? and changed_at >= ?"
					+ " and changed_at <= ? order by changed_at desc, id desc")
			.params(service, toDb(from), toDb(to))
			.query(ChangeRepository::change)
			.list();
	}

	/**
	 * The next page of changes within {@code [from, to)} (either may be null: open), ids
	 * above {@code after}, ascending; only these services unless null.
	 */
	List<ChangeEvent> page(Instant from, Instant to, Collection<String> services, long after, int size) {
		StringBuilder where = new StringBuilder("id > :after");
		if (from != null) {
			where.append(" and changed_at >= :from");
		}
		if (to != null) {
			where.append(" and changed_at < :to");
		}
		if (services != null) {
			if (services.isEmpty()) {
				return List.of();
			}
			where.append(" and service_name in (:services)");
		}
		JdbcClient.StatementSpec sql = jdbc
			.sql("select " + COLUMNS + " from fb_change_event where " + where + " order by id limit :size")
			.param("after", after)
			.param("size", size);
		if (from != null) {
			sql = sql.param("from", toDb(from));
		}
		if (to != null) {
			sql = sql.param("to", toDb(to));
		}
		if (services != null) {
			sql = sql.param("services", services);
		}
		return sql.query(ChangeRepository::change).list();
	}

	private static ChangeEvent change(ResultSet rs, int row) throws SQLException {
		return new ChangeEvent(rs.getLong("id"), rs.getLong("integration_id"),
				ChangeFormat.valueOf(rs.getString("format")), rs.getString("service_name"), rs.getString("summary"),
				rs.getString("source"), rs.getString("version"), rs.getString("author"), rs.getString("link_href"),
				rs.getString("link_text"), instant(rs, "changed_at"), instant(rs, "received_at"),
				rs.getString("dedup_key"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		LocalDateTime value = rs.getObject(column, LocalDateTime.class);
		return value == null ? null : value.toInstant(ZoneOffset.UTC);
	}

	private static LocalDateTime toDb(Instant at) {
		return at == null ? null : LocalDateTime.ofInstant(at, ZoneOffset.UTC);
	}

}
