package dev.firebreak.task;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import dev.firebreak.incident.Stage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code fb_work_task}: times as UTC wall-clock values, like the incident tables. */
@Repository
class WorkTaskRepository {

	private static final String COLUMNS = "task_id, incident_id, stage, team, created_at, claimed_by, claimed_at,"
			+ " completed_by, completed_at, ended_at, outcome, given_to";

	private static final String OPEN = " completed_at is null and ended_at is null";

	private final JdbcClient jdbc;

	WorkTaskRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(String taskId, long incidentId, Stage stage, String team, Instant createdAt) {
		jdbc.sql("insert into fb_work_task (task_id, incident_id, stage, team, created_at) values (?, ?, ?, ?, ?)")
			.params(taskId, incidentId, stage.name(), team, toDb(createdAt))
			.update();
	}

	Optional<WorkTaskRecord> find(String taskId) {
		return jdbc.sql("select " + COLUMNS + " from fb_work_task where task_id = ?")
			.param(taskId)
			.query(this::record)
			.optional();
	}

	/** The teams' open tasks, and those given to this person from another team. */
	List<WorkTaskRecord> openForTeams(Collection<String> teams, String givenTo) {
		return jdbc
			.sql("select " + COLUMNS + " from fb_work_task where (team in (:teams) or given_to = :me) and" + OPEN)
			.param("teams", teams.isEmpty() ? List.of("\u0000") : teams)
			.param("me", givenTo)
			.query(this::record)
			.list();
	}

	/**
	 * @param username null to take the task back to the owning team only
	 */
	void give(String taskId, String username) {
		jdbc.sql("update fb_work_task set given_to = ? where task_id = ?").params(username, taskId).update();
	}

	List<WorkTaskRecord> allOpen() {
		return jdbc.sql("select " + COLUMNS + " from fb_work_task where" + OPEN).query(this::record).list();
	}

	void moveOpen(long incidentId, String team) {
		jdbc.sql("update fb_work_task set team = ?, claimed_by = null, claimed_at = null, given_to = null"
				+ " where incident_id = ? and" + OPEN)
			.params(team, incidentId)
			.update();
	}

	List<WorkTaskRecord> openClaimedBy(String user) {
		return jdbc.sql("select " + COLUMNS + " from fb_work_task where claimed_by = ? and" + OPEN)
			.param(user)
			.query(this::record)
			.list();
	}

	List<WorkTaskRecord> openForIncident(long incidentId) {
		return jdbc.sql("select " + COLUMNS + " from fb_work_task where incident_id = ? and" + OPEN)
			.param(incidentId)
			.query(this::record)
			.list();
	}

	/**
	 * Claims the open, unclaimed task in one statement, so that of two people claiming it
	 * at the same moment, on one node or two, exactly one gets the row: the database
	 * holds the other's update until the first commits and then finds it claimed.
	 * @return whether this call claimed it
	 */
	boolean claimIfFree(String taskId, String user, Instant at) {
		return jdbc
			.sql("update fb_work_task set claimed_by = ?, claimed_at = ? where task_id = ? and claimed_by is null and"
					+ OPEN)
			.params(user, toDb(at), taskId)
			.update() == 1;
	}

	/**
	 * Releases the task if {@code holder} still holds it; the same guard as
	 * {@link #claimIfFree}.
	 */
	boolean releaseIfHeldBy(String taskId, String holder) {
		return jdbc
			.sql("update fb_work_task set claimed_by = null, claimed_at = null where task_id = ? and claimed_by = ? and"
					+ OPEN)
			.params(taskId, holder)
			.update() == 1;
	}

	void markClaimed(String taskId, String user, Instant at) {
		jdbc.sql("update fb_work_task set claimed_by = ?, claimed_at = ? where task_id = ?")
			.params(user, toDb(at), taskId)
			.update();
	}

	void markReleased(String taskId) {
		jdbc.sql("update fb_work_task set claimed_by = null, claimed_at = null where task_id = ?")
			.param(taskId)
			.update();
	}

	void markCompleted(String taskId, String user, Instant at, String outcome, String form) {
		jdbc.sql("update fb_work_task set completed_by = ?, completed_at = ?, outcome = ?, form = ? where task_id = ?")
			.params(user, toDb(at), outcome, form, taskId)
			.update();
	}

	void markCancelled(String taskId, Instant at) {
		jdbc.sql("update fb_work_task set ended_at = ? where task_id = ? and" + OPEN).params(toDb(at), taskId).update();
	}

	private WorkTaskRecord record(ResultSet rs, int row) throws SQLException {
		return new WorkTaskRecord(rs.getString("task_id"), rs.getLong("incident_id"),
				Stage.valueOf(rs.getString("stage")), rs.getString("team"), instant(rs, "created_at"),
				rs.getString("claimed_by"), instant(rs, "claimed_at"), rs.getString("completed_by"),
				instant(rs, "completed_at"), instant(rs, "ended_at"), rs.getString("outcome"),
				rs.getString("given_to"));
	}

	private static LocalDateTime toDb(Instant instant) {
		return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		LocalDateTime value = rs.getObject(column, LocalDateTime.class);
		return value == null ? null : value.toInstant(ZoneOffset.UTC);
	}

}
