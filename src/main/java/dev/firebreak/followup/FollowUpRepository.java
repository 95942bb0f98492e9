package dev.firebreak.followup;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import dev.firebreak.incident.Incident;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** {@code fb_follow_up}. Times are UTC wall-clock values, due dates plain dates. */
@Repository
class FollowUpRepository {

	private static final String COLUMNS = "id, incident_id, title, owner, team, due_date, ticket_url, required, status,"
			+ " risk_reason, created_by, created_at, updated_by, updated_at, closed_by, closed_at, escalated_at";

	private final JdbcClient jdbc;

	FollowUpRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether any action was ever added. */
	boolean any() {
		return jdbc.sql("select count(*) from fb_follow_up").query(Long.class).single() > 0;
	}

	long insert(long incidentId, FollowUpChange change, String actor, Instant at) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into fb_follow_up (incident_id, title, owner, team, due_date, ticket_url, required, status,"
				+ " created_by, created_at, updated_by, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(incidentId, change.title(), change.owner(), change.team(), Date.valueOf(change.dueDate()),
					change.ticketUrl(), change.required(), FollowUpStatus.OPEN.name(), actor, toDb(at), actor, toDb(at))
			.update(key, "id");
		return key.getKey().longValue();
	}

	/**
	 * Writes the new state; a settled action keeps who settled it and when, a reopened
	 * one loses them, and a new due date may be escalated again.
	 */
	void update(FollowUp before, FollowUpChange change, FollowUpStatus status, String riskReason, String actor,
			Instant at) {
		boolean settledNow = status.settled() && (!before.status().settled() || before.status() != status);
		String closedBy = status.settled() ? (settledNow ? actor : before.closedBy()) : null;
		Instant closedAt = status.settled() ? (settledNow ? at : before.closedAt()) : null;
		Instant escalatedAt = change.dueDate().equals(before.dueDate()) ? before.escalatedAt() : null;
		jdbc.sql("update fb_follow_up set title = ?, owner = ?, team = ?, due_date = ?, ticket_url = ?, required = ?,"
				+ " status = ?, risk_reason = ?, updated_by = ?, updated_at = ?, closed_by = ?, closed_at = ?,"
				+ " escalated_at = ? where id = ?")
			.params(change.title(), change.owner(), change.team(), Date.valueOf(change.dueDate()), change.ticketUrl(),
					change.required(), status.name(), riskReason, actor, toDb(at), closedBy, toDb(closedAt),
					toDb(escalatedAt), before.id())
			.update();
	}

	/**
	 * Marks the action escalated unless it was: the one that wins this update tells the
	 * managers, so that two nodes or two ticks never tell them twice.
	 */
	boolean markEscalated(long id, Instant at) {
		return jdbc.sql("update fb_follow_up set escalated_at = ? where id = ? and escalated_at is null")
			.params(toDb(at), id)
			.update() == 1;
	}

	Optional<FollowUp> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from fb_follow_up where id = ?")
			.param(id)
			.query(FollowUpRepository::map)
			.optional();
	}

	List<FollowUp> ofIncident(long incidentId) {
		return jdbc.sql("select " + COLUMNS + " from fb_follow_up where incident_id = ? order by due_date, id")
			.param(incidentId)
			.query(FollowUpRepository::map)
			.list();
	}

	List<FollowUp> ofIncidents(Collection<Long> incidentIds) {
		if (incidentIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from fb_follow_up where incident_id in (:ids) order by due_date, id")
			.param("ids", incidentIds)
			.query(FollowUpRepository::map)
			.list();
	}

	/** Not settled, and due before {@code day}. */
	List<FollowUp> dueBefore(LocalDate day) {
		return jdbc
			.sql("select " + COLUMNS + " from fb_follow_up where status in ('OPEN', 'IN_PROGRESS') and due_date < ?"
					+ " order by due_date, id")
			.param(Date.valueOf(day))
			.query(FollowUpRepository::map)
			.list();
	}

	/** Existing at {@code at} and not settled then: still open, or settled only later. */
	List<FollowUp> openAt(Instant at) {
		return jdbc
			.sql("select " + COLUMNS
					+ " from fb_follow_up where created_at < ? and (closed_at is null or closed_at >= ?)"
					+ " order by due_date, id")
			.params(toDb(at), toDb(at))
			.query(FollowUpRepository::map)
			.list();
	}

	/** Settled within {@code [from, to)}. */
	List<FollowUp> closedIn(Instant from, Instant to) {
		return jdbc.sql("select " + COLUMNS + " from fb_follow_up where closed_at >= ? and closed_at < ? order by id")
			.params(toDb(from), toDb(to))
			.query(FollowUpRepository::map)
			.list();
	}

	/** Created within {@code [from, to)}. */
	List<FollowUp> createdIn(Instant from, Instant to) {
		return jdbc.sql("select " + COLUMNS + " from fb_follow_up where created_at >= ? and created_at < ? order by id")
			.params(toDb(from), toDb(to))
			.query(FollowUpRepository::map)
			.list();
	}

	private static FollowUp map(ResultSet rs, int row) throws SQLException {
		long incidentId = rs.getLong("incident_id");
		return new FollowUp(rs.getLong("id"), incidentId, Incident.number(incidentId), rs.getString("title"),
				rs.getString("owner"), rs.getString("team"), rs.getObject("due_date", LocalDate.class),
				rs.getString("ticket_url"), rs.getBoolean("required"), FollowUpStatus.valueOf(rs.getString("status")),
				rs.getString("risk_reason"), rs.getString("created_by"), instant(rs, "created_at"),
				rs.getString("updated_by"), instant(rs, "updated_at"), rs.getString("closed_by"),
				instant(rs, "closed_at"), instant(rs, "escalated_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		LocalDateTime value = rs.getObject(column, LocalDateTime.class);
		return value == null ? null : value.toInstant(ZoneOffset.UTC);
	}

	private static LocalDateTime toDb(Instant at) {
		return at == null ? null : LocalDateTime.ofInstant(at, ZoneOffset.UTC);
	}

}
