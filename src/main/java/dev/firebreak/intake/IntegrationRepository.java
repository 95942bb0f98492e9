package dev.firebreak.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import dev.firebreak.incident.Severity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class IntegrationRepository {

	private static final String COLUMNS = "id, name, type, key_hint, default_service, default_team, default_severity,"
			+ " service_label, team_label, severity_label, created_at, created_by, deleted_at";

	private final JdbcClient jdbc;

	IntegrationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(NewIntegration integration, String keyHash, String keyHint, String createdBy, Instant at) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into fb_integration (name, type, key_hash, key_hint, default_service, default_team,
				  default_severity, service_label, team_label, severity_label, created_at, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(integration.name(), integration.type().name(), keyHash, keyHint, integration.defaultService(),
					integration.defaultTeam(), integration.defaultSeverity().name(), integration.serviceLabel(),
					integration.teamLabel(), integration.severityLabel(), toDb(at), createdBy)
			.update(key);
		return key.getKey().longValue();
	}

	Optional<Integration> findById(long id) {
		return jdbc.sql("select " + COLUMNS + " from fb_integration where id = ?")
			.param(id)
			.query(this::integration)
			.optional();
	}

	/** Only live integrations answer to their key. */
	Optional<Integration> findActiveByKeyHash(String keyHash) {
		return jdbc.sql("select " + COLUMNS + " from fb_integration where key_hash = ? and deleted_at is null")
			.param(keyHash)
			.query(this::integration)
			.optional();
	}

	Optional<Integration> findActiveByType(IntegrationType type) {
		return jdbc.sql("select " + COLUMNS + " from fb_integration where type = ? and deleted_at is null order by id")
			.param(type.name())
			.query(this::integration)
			.list()
			.stream()
			.findFirst();
	}

	List<Integration> findActive() {
		return jdbc.sql("select " + COLUMNS + " from fb_integration where deleted_at is null order by id")
			.query(this::integration)
			.list();
	}

	boolean markDeleted(long id, Instant at) {
		return jdbc.sql("update fb_integration set deleted_at = ? where id = ? and deleted_at is null")
			.params(toDb(at), id)
			.update() == 1;
	}

	private Integration integration(ResultSet rs, int row) throws SQLException {
		return new Integration(rs.getLong("id"), rs.getString("name"), IntegrationType.valueOf(rs.getString("type")),
				rs.getString("key_hint"), rs.getString("default_service"), rs.getString("default_team"),
				Severity.valueOf(rs.getString("default_severity")), rs.getString("service_label"),
				rs.getString("team_label"), rs.getString("severity_label"), instant(rs, "created_at"),
				rs.getString("created_by"), instant(rs, "deleted_at"));
	}

	private static LocalDateTime toDb(Instant instant) {
		return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		LocalDateTime value = rs.getObject(column, LocalDateTime.class);
		return value == null ? null : value.toInstant(ZoneOffset.UTC);
	}

}
