package dev.firebreak.postmortem;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code fb_postmortem}: one row per incident once someone wrote or approved it. */
@Repository
class PostmortemRepository {

	private final JdbcClient jdbc;

	PostmortemRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Stored> find(long incidentId) {
		return jdbc
			.sql("select summary, impact, went_well, went_wrong, updated_by, updated_at, approved_by, approved_at"
					+ " from fb_postmortem where incident_id = ?")
			.param(incidentId)
			.query(PostmortemRepository::map)
			.optional();
	}

	/** Writes the narrative; a changed narrative is a draft again. */
	void save(long incidentId, Postmortem.Narrative narrative, String actor, Instant at) {
		int updated = jdbc
			.sql("update fb_postmortem set summary = ?, impact = ?, went_well = ?, went_wrong = ?, updated_by = ?,"
					+ " updated_at = ?, approved_by = null, approved_at = null where incident_id = ?")
			.params(narrative.summary(), narrative.impact(), narrative.wentWell(), narrative.wentWrong(), actor,
					toDb(at), incidentId)
			.update();
		if (updated == 0) {
			jdbc.sql("insert into fb_postmortem (incident_id, summary, impact, went_well, went_wrong, updated_by,"
					+ " updated_at) values (?, ?, ?, ?, ?, ?, ?)")
				.params(incidentId, narrative.summary(), narrative.impact(), narrative.wentWell(),
						narrative.wentWrong(), actor, toDb(at))
				.update();
		}
	}

	void approve(long incidentId, String manager, Instant at) {
		jdbc.sql("update fb_postmortem set approved_by = ?, approved_at = ? where incident_id = ?")
			.params(manager, toDb(at), incidentId)
			.update();
	}

	record Stored(Postmortem.Narrative narrative, String updatedBy, Instant updatedAt, String approvedBy,
			Instant approvedAt) {
	}

	private static Stored map(ResultSet rs, int row) throws SQLException {
		return new Stored(
				new Postmortem.Narrative(rs.getString("summary"), rs.getString("impact"), rs.getString("went_well"),
						rs.getString("went_wrong")),
				rs.getString("updated_by"), instant(rs, "updated_at"), rs.getString("approved_by"),
				instant(rs, "approved_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		LocalDateTime value = rs.getObject(column, LocalDateTime.class);
		return value == null ? null : value.toInstant(ZoneOffset.UTC);
	}

	private static LocalDateTime toDb(Instant at) {
		return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
	}

}
