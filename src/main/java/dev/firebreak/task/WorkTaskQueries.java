package dev.firebreak.task;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import dev.firebreak.incident.IncidentIdSet;
import dev.firebreak.incident.Stage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read side of the task feature for readers of many incidents (the issue-log export):
 * the work-task records of a page of incidents. Other features read tasks only through
 * this class and {@link TaskWorkService}, never with SQL of their own.
 */
@Component
public class WorkTaskQueries {

	private final JdbcClient jdbc;

	WorkTaskQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Every task of these incidents, by incident, then creation.
	 * @param ascendingIds incident ids in ascending order, at least one
	 */
	public List<WorkTaskRecord> ofIncidents(List<Long> ascendingIds) {
		IncidentIdSet ids = IncidentIdSet.of(ascendingIds);
		return jdbc.sql("""
				select task_id, incident_id, stage, team, created_at, claimed_by, claimed_at, completed_by,
				  completed_at, ended_at, outcome
				from fb_work_task where""" + " " + ids.sql() + " order by incident_id, created_at, task_id")
			.params(ids.params())
			.query(WorkTaskQueries::task)
			.list();
	}

	/** The open tasks someone holds: claimed, neither completed nor ended. */
	public List<WorkTaskRecord> openClaimedBy(String username) {
		return jdbc.sql("""
				select task_id, incident_id, stage, team, created_at, claimed_by, claimed_at, completed_by,
				  completed_at, ended_at, outcome
				from fb_work_task where claimed_by = ? and completed_at is null and ended_at is null
				order by created_at, task_id""").param(username).query(WorkTaskQueries::task).list();
	}

	/**
	 * How many tasks these incidents have.
	 * @param ascendingIds incident ids in ascending order, at least one
	 */
	public long countOfIncidents(List<Long> ascendingIds) {
		IncidentIdSet ids = IncidentIdSet.of(ascendingIds);
		return jdbc.sql("select count(*) from fb_work_task where " + ids.sql())
			.params(ids.params())
			.query(Long.class)
			.single();
	}

	private static WorkTaskRecord task(ResultSet rs, int row) throws SQLException {
		return new WorkTaskRecord(rs.getString(1), rs.getLong(2), Stage.valueOf(rs.getString(3)), rs.getString(4),
				instant(rs, 5), rs.getString(6), instant(rs, 7), rs.getString(8), instant(rs, 9), instant(rs, 10),
				rs.getString(11));
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		LocalDateTime value = rs.getObject(column, LocalDateTime.class);
		return value == null ? null : value.toInstant(ZoneOffset.UTC);
	}

}
