package dev.firebreak.notify.paging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Escalations in plain SQL. Changes that several nodes (or a redelivered event) may race
 * for are compare-and-set updates: the one that changes the row goes on, the others stop.
 */
@Repository
class EscalationRepository {

	private static final String COLUMNS = """
			incident_id, policy_id, policy_name, team, state, step, level_seen, next_step_at, started_at,
			updated_at""";

	private static final int IDS_PER_QUERY = 1_000;

	private final JdbcClient jdbc;

	EscalationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return false when the incident's climb was started already
	 */
	boolean start(Escalation escalation) {
		try {
			jdbc.sql("""
					insert into fb_escalation (incident_id, policy_id, policy_name, team, state, step, level_seen,
					  next_step_at, started_at, updated_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(escalation.incidentId(), escalation.policyId(), escalation.policyName(), escalation.team(),
						escalation.state().name(), escalation.step(), escalation.levelSeen(),
						toDb(escalation.nextStepAt()), toDb(escalation.startedAt()), toDb(escalation.updatedAt()))
				.update();
			return true;
		}
		catch (DuplicateKeyException alreadyStarted) {
			return false;
		}
	}

	/** Starts the climb over (another team's policy after a reassignment). */
	void restart(Escalation escalation) {
		jdbc.sql("delete from fb_escalation where incident_id = ?").param(escalation.incidentId()).update();
		start(escalation);
	}

	Optional<Escalation> find(long incidentId) {
		return jdbc.sql("select " + COLUMNS + " from fb_escalation where incident_id = ?")
			.param(incidentId)
			.query(this::escalation)
			.optional();
	}

	/** Climbs due now, oldest first. */
	List<Escalation> due(Instant now, int limit) {
		return jdbc
			.sql("select " + COLUMNS + " from fb_escalation where next_step_at <= :now and state = :climbing"
					+ " order by next_step_at limit :limit")
			.param("now", toDb(now))
			.param("climbing", EscalationState.CLIMBING.name())
			.param("limit", limit)
			.query(this::escalation)
			.list();
	}

	/** Takes a due step for this node: true for exactly one of the nodes that try. */
	boolean takeDueStep(long incidentId, Instant dueAt, Instant now) {
		return jdbc.sql("""
				update fb_escalation set next_step_at = null, updated_at = ?
				where incident_id = ? and next_step_at = ? and state = ?""")
			.params(toDb(now), incidentId, toDb(dueAt), EscalationState.CLIMBING.name())
			.update() == 1;
	}

	/**
	 * Claims the handling of the incident's escalation to {@code level}: true once per
	 * level, however often the event arrives.
	 */
	boolean seeLevel(long incidentId, int level, Instant now) {
		return jdbc
			.sql("update fb_escalation set level_seen = ?, updated_at = ? where incident_id = ? and level_seen < ?")
			.params(level, toDb(now), incidentId, level)
			.update() == 1;
	}

	void moveTo(long incidentId, EscalationState state, int step, Instant nextStepAt, Instant now) {
		jdbc.sql("update fb_escalation set state = ?, step = ?, next_step_at = ?, updated_at = ? where incident_id = ?")
			.params(state.name(), step, toDb(nextStepAt), toDb(now), incidentId)
			.update();
	}

	/** Ends a climb, whatever step it is at. @return whether it was still climbing */
	boolean stop(long incidentId, EscalationState state, Instant now) {
		return jdbc.sql("""
				update fb_escalation set state = ?, next_step_at = null, updated_at = ?
				where incident_id = ? and state = ?""")
			.params(state.name(), toDb(now), incidentId, EscalationState.CLIMBING.name())
			.update() == 1;
	}

	/**
	 * Escalations of these incidents on which nobody is paged (no policy, or no level
	 * reached anybody), newest incident first.
	 */
	List<Escalation> nobodyPaged(Collection<Long> incidentIds) {
		List<Long> ids = new ArrayList<>(incidentIds);
		List<Escalation> found = new ArrayList<>();
		for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
			found.addAll(jdbc
				.sql("select " + COLUMNS + " from fb_escalation where state in (:states) and incident_id in (:ids)")
				.param("states", List.of(EscalationState.NO_POLICY.name(), EscalationState.UNREACHED.name()))
				.param("ids", ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY)))
				.query(this::escalation)
				.list());
		}
		found.sort(Comparator.comparingLong(Escalation::incidentId).reversed());
		return found;
	}

	private Escalation escalation(ResultSet rs, int row) throws SQLException {
		long policyId = rs.getLong("policy_id");
		return new Escalation(rs.getLong("incident_id"), rs.wasNull() ? null : policyId, rs.getString("policy_name"),
				rs.getString("team"), EscalationState.valueOf(rs.getString("state")), rs.getInt("step"),
				rs.getInt("level_seen"), instant(rs, "next_step_at"), instant(rs, "started_at"),
				instant(rs, "updated_at"));
	}

	private static LocalDateTime toDb(Instant instant) {
		return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		LocalDateTime value = rs.getObject(column, LocalDateTime.class);
		return value == null ? null : value.toInstant(ZoneOffset.UTC);
	}

}
